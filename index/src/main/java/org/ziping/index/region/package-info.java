/**
 * The province, city and county of a report from its unit name and text ({@link
 * org.ziping.index.region.RegionResolver}), by longest match of full division names from China's
 * administrative divisions (GB/T 2260 codes, {@code divisions.csv}) and a vote among the
 * candidates. Limits: a unit named without its place (某县民政局) gets no region.
 */
package org.ziping.index.region;
