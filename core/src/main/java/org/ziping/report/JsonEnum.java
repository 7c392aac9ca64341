package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum of the output contract. Its JSON value is the constant's name in lower case with
 * {@code -} for {@code _} ({@code BUDGET_DISCLOSURE} is written {@code budget-disclosure}); a JSON
 * value is read back by {@link #fromJson(Class, String)}, which {@link ReportJson}'s mapper calls for
 * every such enum ({@link JsonEnumModule}), so that a value this version does not know reads as null.
 */
public interface JsonEnum {
  /** The value the JSON holds: the name in lower case, {@code -} for {@code _}. */
  @JsonValue
  default String json() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The constant of {@code type} whose JSON value is {@code value}, or null for null or a value
   * this version does not know.
   */
  static <E extends Enum<E> & JsonEnum> E fromJson(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.json().equals(value)) {
        return e;
      }
    }
    return null;
  }
}
