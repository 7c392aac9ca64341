package org.ziping.audit;

import java.util.List;

/** Null-safe access to the optional lists of the report records. */
public final class Lists {
  private Lists() {}

  public static <T> List<T> of(List<T> l) {
    return l == null ? List.of() : l;
  }
}
