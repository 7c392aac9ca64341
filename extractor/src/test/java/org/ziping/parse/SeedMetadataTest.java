package org.ziping.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.report.DocumentKind;
import org.ziping.report.Report;
import org.ziping.report.Section;
import org.ziping.testing.Corpus;

/** Metadata and section facts of seed-facts.md, in every format. */
class SeedMetadataTest {
  private static final DocumentReader READER = DocumentReader.standard(IngestConfig.defaults());
  private final ReportParser parser = new ReportParser();

  private List<Report> reports(String seed, String ext) throws Exception {
    return parser.parse(READER.read(Corpus.file(seed, ext)));
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void seed000UnitFromBodyYearKindAndHeadings(String ext) throws Exception {
    List<Report> rs = reports("000", ext);
    assertEquals(1, rs.size());
    Report r = rs.get(0);
    assertEquals("乐昌市社会保险基金管理中心", r.unit());
    assertEquals(2022, r.year());
    assertEquals(DocumentKind.DEPARTMENT, r.kind());
    List<String> top = r.sections().stream().map(s -> (s.number() == null ? "" : s.number() + "、")
        + s.title()).toList();
    assertEquals(List.of("一、部门的基本情况", "二、自评结论", "绩效分析", "四、主要绩效", "五、存在问题",
        "六、相关建议"), top);
    Section first = r.sections().get(0);
    assertEquals("部门整体概况", first.children().get(0).title());
    assertEquals("一", first.children().get(0).number());
    assertEquals("部门主要职责", first.children().get(0).children().get(0).title());
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void seed001FormMetadata(String ext) throws Exception {
    List<Report> rs = reports("001", ext);
    assertEquals(1, rs.size());
    Report r = rs.get(0);
    assertEquals("岳阳市岳阳楼区社会保险服务中心", r.unit());
    assertEquals(2021, r.year());
    assertEquals(DocumentKind.DEPARTMENT, r.kind());
    assertEquals("2022-05-17", r.reportDate());
    assertEquals("200009", r.budgetCode());
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void seed002(String ext) throws Exception {
    List<Report> rs = reports("002", ext);
    assertEquals(1, rs.size(), "summary page and repeated title stay one report");
    Report r = rs.get(0);
    assertEquals("正宁县社会保险局", r.unit());
    assertEquals(2023, r.year());
    assertEquals(DocumentKind.DEPARTMENT, r.kind());
    assertEquals("2024-09", r.reportDate());
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void seed003HoldsTwoReports(String ext) throws Exception {
    List<Report> rs = reports("003", ext);
    assertEquals(2, rs.size());
    assertEquals(DocumentKind.DEPARTMENT, rs.get(0).kind());
    assertEquals(DocumentKind.PROJECT, rs.get(1).kind());
    for (Report r : rs) {
      assertEquals("湛江市社会保险基金管理局", r.unit());
      assertEquals(2024, r.year());
      assertEquals("2025-05-12", r.reportDate());
      assertFalse(r.sections().isEmpty());
    }
    assertTrue(rs.get(0).location().end() <= rs.get(1).location().start());
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void seed004SpecialFunds(String ext) throws Exception {
    Report r = reports("004", ext).get(0);
    assertEquals("怀化市养老和工伤保险服务中心", r.unit());
    assertEquals(2022, r.year());
    assertEquals(DocumentKind.SPECIAL, r.kind());
    assertEquals("2023-06-20", r.reportDate());
    List<String> top = new ArrayList<>();
    r.sections().forEach(s -> top.add(s.number()));
    assertEquals(List.of("一", "二", "三", "四", "五", "六", "七"), top);
  }
}
