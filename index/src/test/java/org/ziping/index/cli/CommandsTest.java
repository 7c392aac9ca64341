package org.ziping.index.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.cli.SubcommandProvider;
import org.ziping.index.Fixtures;
import org.ziping.report.ReportJson;
import picocli.CommandLine;

/** The index and search commands as a user runs them: output, exit codes, exports. */
class CommandsTest {
  @TempDir Path work;

  record Result(int code, String out, String err) {}

  static Result run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private Path index() throws Exception {
    Path idx = work.resolve("idx");
    Result r = run(new IndexCommand(), Fixtures.dir().toString(), "--index", idx.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("5 input(s): 5 indexed (6 reports), 0 unchanged, 0 failed"),
        r.err());
    return idx;
  }

  @Test
  void providerRegistersTheIndexSubcommands() {
    List<String> names = new ArrayList<>();
    for (SubcommandProvider p : ServiceLoader.load(SubcommandProvider.class)) {
      for (Object o : p.subcommands()) {
        names.add(new CommandLine(o).getCommandName());
      }
    }
    assertEquals(List.of("index", "search", "serve"), names);
  }

  @Test
  void indexTwiceIsIncremental() throws Exception {
    Path idx = index();
    Result again = run(new IndexCommand(), Fixtures.dir().toString(), "--index", idx.toString());
    assertEquals(0, again.code());
    assertTrue(again.err().contains("0 indexed (0 reports), 5 unchanged"), again.err());
  }

  @Test
  void indexExitsOneWhenAnInputFails() throws Exception {
    Path bad = Files.writeString(work.resolve("bad.json"), "[]");
    Result r = run(new IndexCommand(), bad.toString(), "--index", work.resolve("i").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("bad.json"), r.err());
  }

  @Test
  void searchPrintsRankedHitsWithSnippets() throws Exception {
    Path idx = index();
    Result r = run(new SearchCommand(), "取暖费", "--index", idx.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("1 report(s) match 取暖费"), r.out());
    assertTrue(r.out().contains("正宁县社会保险局 · 2023 · department · score 99.5 · 甘肃省庆阳市正宁县"),
        r.out());
    assertTrue(r.out().contains("代发机关事业单位退休职工«取暖费»"), r.out());
  }

  @Test
  void searchFiltersAsInTheIssue() throws Exception {
    Path idx = index();
    Result r = run(new SearchCommand(), "", "--index", idx.toString(), "--json", "--year", "2023",
        "--rule", "EXEC_RATE_OVER_100", "--min-score", "95", "--region", "甘肃省");
    assertEquals(0, r.code(), r.err());
    JsonNode n = ReportJson.mapper().readTree(r.out());
    assertEquals(1, n.get("total").asInt());
    assertEquals("正宁县社会保险局", n.get("hits").get(0).get("report").get("unit").asText());

    Result gd = run(new SearchCommand(), "养老保险", "--index", idx.toString(), "--json",
        "--region", "广东省");
    JsonNode g = ReportJson.mapper().readTree(gd.out());
    assertEquals(3, g.get("total").asInt());
    JsonNode snippet = g.get("hits").get(0).get("snippet");
    assertTrue(snippet.get("text").asText().contains("养老保险"), snippet.toString());
  }

  @Test
  void badQueryIsUsageError() throws Exception {
    Path idx = index();
    Result r = run(new SearchCommand(), "养老 AND (", "--index", idx.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("search: cannot parse the query"), r.err());
    Result missing = run(new SearchCommand(), "x", "--index", work.resolve("none").toString());
    assertEquals(1, missing.code());
    Result format = run(new SearchCommand(), "x", "--index", idx.toString(), "--export", "xml");
    assertEquals(2, format.code());
  }

  @Test
  void exportCsvHasEveryMatchingReport() throws Exception {
    Path idx = index();
    Path csv = work.resolve("out.csv");
    Result r = run(new SearchCommand(), "养老保险", "--index", idx.toString(), "--export", "csv",
        "-o", csv.toString());
    assertEquals(0, r.code(), r.err());
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\ufeffid,source_file,report_no,unit,"), text);
    List<CSVRecord> rows;
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text.substring(1)))) {
      rows = p.getRecords();
    }
    assertEquals(6, rows.size());
    CSVRecord r002 = rows.stream().filter(x -> x.get("unit").equals("正宁县社会保险局"))
        .findFirst().orElseThrow();
    assertEquals("2023", r002.get("year"));
    assertEquals("99.5", r002.get("declared_score"));
    // the audit's overall rate: 18577.58 ÷ 18577.58, not the declared 104.97
    assertEquals("100.00", r002.get("exec_rate"));
    assertEquals("185775800", r002.get("budget_yuan"));
    assertEquals("甘肃省", r002.get("province"));
    assertEquals("4", r002.get("findings"));
    assertEquals("EXEC_RATE_MISMATCH | EXEC_RATE_OVER_100 | FULL_SCORE_TARGET_MISSED | "
        + "MAX_SUM_NOT_100", r002.get("rules"));
  }

  @Test
  void exportXlsxIsTheAuditWorkbookOfTheMatchingReports() throws Exception {
    Path idx = index();
    Path xlsx = work.resolve("out.xlsx");
    assertEquals(2, run(new SearchCommand(), "养老保险", "--index", idx.toString(), "--export",
        "xlsx").code(), "xlsx needs -o");
    Result r = run(new SearchCommand(), "养老保险", "--index", idx.toString(), "--export", "xlsx",
        "-o", xlsx.toString());
    assertEquals(0, r.code(), r.err());
    try (var in = Files.newInputStream(xlsx);
         var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var reports = wb.getSheet("报告");
      assertEquals(6, reports.getLastRowNum(), "one row per matching report");
      var fmt = new org.apache.poi.ss.usermodel.DataFormatter();
      org.apache.poi.ss.usermodel.Row r002 = null;
      for (var row : reports) {
        if ("正宁县社会保险局".equals(fmt.formatCellValue(row.getCell(3)))) {
          r002 = row;
        }
      }
      assertTrue(r002 != null, "002 in the reports sheet");
      assertEquals("99.5", fmt.formatCellValue(r002.getCell(6)));
      int findings002 = 0;
      for (var row : wb.getSheet("发现")) {
        if ("正宁县社会保险局".equals(fmt.formatCellValue(row.getCell(2)))) {
          findings002++;
        }
      }
      assertTrue(findings002 >= 4, "002's findings with their evidence rows: " + findings002);
    }
  }

  @Test
  void exportJsonlIsOneReportPerLineWithStableIds() throws Exception {
    Path idx = index();
    Result r = run(new SearchCommand(), "", "--index", idx.toString(), "--export", "jsonl");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(6, lines.size());
    List<String> ids = new ArrayList<>();
    for (String line : lines) {
      JsonNode n = ReportJson.mapper().readTree(line);
      ids.add(n.get("id").asText());
      assertTrue(n.has("findings") && n.has("region") && n.has("findingCounts"), line);
    }
    assertEquals(ids.stream().sorted().toList(), ids);
    Result again = run(new SearchCommand(), "", "--index", idx.toString(), "--export", "jsonl");
    assertEquals(r.out(), again.out());
  }
}
