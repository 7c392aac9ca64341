package org.ziping.parse.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.model.DocumentModel;
import org.ziping.parse.ReportScope;
import org.ziping.parse.ReportSplitter;
import org.ziping.report.BudgetRow;
import org.ziping.report.Indicator;
import org.ziping.report.Score;
import org.ziping.report.ScoreItem;

/**
 * The score parsers on the corpus files through the real ingesters, every format. Table facts are
 * checked only when the format's model has tables (pdf tables wait for the pdf ingester).
 */
class CorpusScoresTest {
  private static final DocumentReader READER = DocumentReader.standard(IngestConfig.defaults());

  private static Path root() {
    Path p = Paths.get("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("corpus"))) {
      p = p.getParent();
    }
    assertNotNull(p, "no corpus/ folder");
    return p;
  }

  private static DocumentModel read(String prefix, String ext) throws Exception {
    return READER.read(org.ziping.testing.Corpus.file(prefix, ext));
  }

  private static boolean hasTables(DocumentModel doc) {
    return doc.blocks().stream().anyMatch(b -> b.table() != null);
  }

  private static Score score(ReportScope scope) {
    return new TotalScoreParser().parse(scope, new IndicatorTableParser().read(scope),
        new ProseScoreParser().parse(scope), new BudgetTableParser().parse(scope));
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void report000(String ext) throws Exception {
    ReportScope scope = ReportScope.whole(read("000", ext));
    List<ScoreItem> items = new ProseScoreParser().parse(scope).stream().filter(i -> !i.group()).toList();
    assertEquals(List.of("5→5", "5→5", "4→4", "4→4", "2→2", "4→4", "4→4", "3→6", "3→3", "3→3", "2→2",
        "4→4", "3→0", "4→4", "2→2", "5→4", "2→2", "2→0", "3→2", "2→1", "4→4", "6→6", "3→3", "3→3",
        "3→3", "10→10", "5→5"),
        items.stream().map(i -> i.maxScore().toPlainString() + "→" + i.score().toPlainString()).toList());
    Score s = score(scope);
    assertEquals(new BigDecimal("96"), s.declaredTotal());
    assertEquals(new BigDecimal("95"), s.itemSum());
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void report001(String ext) throws Exception {
    DocumentModel doc = read("001", ext);
    ReportScope scope = ReportScope.whole(doc);
    Score s = score(scope);
    assertEquals(new BigDecimal("100"), s.declaredTotal());
    assertTrue(s.grade().startsWith("优"), s.grade());
    assumeTrue(hasTables(doc), "no tables in this format's model yet");
    assertEquals("优", s.grade());
    IndicatorTable t = new IndicatorTableParser().read(scope);
    assertEquals(25, t.indicators().size());
    BigDecimal max = BigDecimal.ZERO;
    for (Indicator i : t.indicators()) {
      if (i.maxScore() != null) {
        max = max.add(i.maxScore());
        assertEquals(i.maxScore(), i.score());
      }
    }
    assertEquals(new BigDecimal("100"), max);
    assertEquals(new BigDecimal("100"), t.declaredTotal());
    assertEquals(List.of("投入", "过程", "产出", "效果"),
        t.groups().stream().filter(g -> g.parent() == null).map(ScoreItem::label).toList());
    assertEquals(new BigDecimal("100"), s.itemSum());
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void report002(String ext) throws Exception {
    DocumentModel doc = read("002", ext);
    assumeTrue(hasTables(doc), "no tables in this format's model yet");
    ReportScope scope = ReportScope.whole(doc);
    IndicatorTable t = new IndicatorTableParser().read(scope);
    assertEquals(List.of("4.5", "5", "5", "5", "5", "5", "5", "5", "50", "10"),
        t.indicators().stream().map(i -> i.score().toPlainString()).toList());
    Indicator key = t.indicators().get(7);
    assertEquals(List.of("部门管理", "重点工作管理", "重点工作管理制度健全性", "按时完成重点工作", "100%"),
        List.of(key.level1(), key.level2(), key.level3(), key.target(), key.actual()));
    Indicator sat = t.indicators().get(9);
    assertEquals("≥95%", sat.target());
    assertEquals("94.9", sat.actual());
    List<BudgetRow> rows = new BudgetTableParser().parse(scope);
    assertEquals(List.of("全年支出", "基本支出", "项目支出"), rows.stream().map(BudgetRow::label).toList());
    assertEquals(new BigDecimal("196.62"), rows.get(1).declaredRate());
    assertEquals(new BigDecimal("100.00"), rows.get(1).recomputedRate());
    assertEquals(new BigDecimal("9"), rows.get(0).score());
    Score s = score(scope);
    assertEquals(new BigDecimal("99.5"), s.declaredTotal());
    assertEquals(new BigDecimal("99.5"), s.itemSum());
    assertNull(s.grade());
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void report003(String ext) throws Exception {
    DocumentModel doc = read("003", ext);
    List<ReportSplitter.Part> parts = new ReportSplitter().split(doc);
    assertEquals(2, parts.size());
    ReportScope all = ReportScope.whole(doc);
    Score dept = score(all.sub(parts.get(0).firstBlock(), parts.get(0).endBlock()));
    Score project = score(all.sub(parts.get(1).firstBlock(), parts.get(1).endBlock()));
    assertEquals(new BigDecimal("99"), dept.declaredTotal());
    assertEquals("优", dept.grade());
    assertEquals(new BigDecimal("98"), project.declaredTotal());
    assertEquals("优", project.grade());
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void report004(String ext) throws Exception {
    Score s = score(ReportScope.whole(read("004", ext)));
    assertEquals(new BigDecimal("90"), s.declaredTotal());
  }

}
