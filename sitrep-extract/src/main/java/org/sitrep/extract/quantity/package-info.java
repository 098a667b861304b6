/**
 * Figures in news text: finds every number a sentence states ("at least twelve", "between 10 and
 * 15", "dozens") with its hedge and its character offsets, and leaves out the numbers that are not
 * counts (years, times, ages, addresses, money, calibres, model names). Entry point: {@link
 * org.sitrep.extract.quantity.QuantityParser}.
 */
package org.sitrep.extract.quantity;
