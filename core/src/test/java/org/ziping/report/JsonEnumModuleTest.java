package org.ziping.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonEnumModuleTest {
  private static final ObjectMapper MAPPER = ReportJson.mapper();

  record Holder(Severity severity, Period period, OverallExecution.Source source) {}

  @Test
  void readsTheJsonValueOfEveryContractEnum() throws Exception {
    Holder h = MAPPER.readValue(
        "{\"severity\":\"warning\",\"period\":\"year-end\",\"source\":\"budget-row\"}", Holder.class);
    assertEquals(new Holder(Severity.WARNING, Period.YEAR_END, OverallExecution.Source.BUDGET_ROW), h);
    assertEquals("budget-row", MAPPER.readTree(ReportJson.line(h)).get("source").asText());
  }

  @Test
  void unknownOrMisplacedValuesReadAsNull() throws Exception {
    Holder h = MAPPER.readValue(
        "{\"severity\":\"fatal\",\"period\":{\"a\":[1]},\"source\":null}", Holder.class);
    assertEquals(new Holder(null, null, null), h);
    assertNull(MAPPER.readValue("\"WARNING\"", Severity.class), "the constant's name is not its value");
    assertEquals(List.of(Measure.EXEC_RATE, Measure.MAX_SCORE),
        MAPPER.readerForListOf(Measure.class).readValue("[\"exec-rate\",\"max-score\"]"));
  }
}
