package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of the project: pretty printed, nulls left out, decimals written
 * plainly and read back as {@link java.math.BigDecimal} with their scale (the shown precision of a
 * figure is data: audit intervals depend on it); the enums of the contract ({@link JsonEnum}) written
 * and read by their JSON values ({@link JsonEnumModule}).
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .addModule(new JsonEnumModule())
      .build();

  private ReportJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * The same JSON on one line, without a final newline: a line of a JSON Lines file (the Spark
   * job's reports). Parsed, it is the same tree as {@link #write}'s.
   */
  public static String line(Object o) {
    try {
      return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + o.getClass().getSimpleName(), e);
    }
  }

  /** Pretty JSON with a final newline. */
  public static String write(Object o) {
    try {
      return MAPPER.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + o.getClass().getSimpleName(), e);
    }
  }
}
