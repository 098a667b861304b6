/** Test support shared by the modules: golden files, corpus locations, jqwik arbitraries. */
package org.sitrep.testkit;
