package org.ziping.index.region;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a report's unit sits: province, prefecture-level city and county-level division as far as
 * they could be determined, and the GB/T 2260 code of the most specific one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Region(String province, String city, String county, String code) {
  public static final Region UNKNOWN = new Region(null, null, null, null);

  public boolean isKnown() {
    return code != null;
  }
}
