package org.ziping.index.region;

/**
 * One administrative division of the GB/T 2260 table.
 *
 * @param code   2 digits for a province, 4 for a prefecture-level city, 6 for a county-level one
 * @param level  {@code province}, {@code city} or {@code county}
 * @param parent the code of the enclosing division, null for a province
 */
public record Division(String code, String name, String level, String parent) {}
