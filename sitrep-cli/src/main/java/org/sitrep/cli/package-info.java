/** The {@code sitrep} program: picocli commands that drive the engine and print results. */
package org.sitrep.cli;
