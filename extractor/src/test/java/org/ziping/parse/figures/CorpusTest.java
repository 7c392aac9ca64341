package org.ziping.parse.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.parse.ReportScope;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;
import org.ziping.report.BudgetRow;
import org.ziping.report.Ratio;

/** Seed facts on the corpus files, read through the real ingesters, in every format. */
class CorpusTest {
  private static ReportScope read(String prefix, String ext) throws Exception {
    Path p = org.ziping.testing.Corpus.file(prefix, ext);
    return ReportScope.whole(DocumentReader.standard(IngestConfig.defaults()).read(p));
  }

  private static List<String> values(List<Amount> as) {
    return as.stream().map(a -> a.value().toPlainString()).toList();
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void seed000SharesAndIncomeBreakdown(String ext) throws Exception {
    ReportScope s = read("000", ext);
    Figures f = new FigureScanner().scan(s);
    List<Breakdown> bs = new BreakdownFinder().find(s, f);
    assertTrue(bs.stream().anyMatch(b -> b.total().value().toPlainString().equals("31546.18")
        && values(b.parts()).equals(List.of("31536.34", "9.84"))), bs.toString());
    assertTrue(bs.stream().anyMatch(b -> b.total().value().toPlainString().equals("4.98")
        && values(b.parts()).equals(List.of("2.08", "0", "2.09"))), bs.toString());
    List<Ratio> rs = new RatioFinder().find(s, f);
    for (String declared : List.of("99.84", "1.82", "98.18", "91.02", "8.98", "5.89", "4.24")) {
      Ratio r = rs.stream().filter(x -> x.declared().toPlainString().equals(declared)).findFirst()
          .orElseThrow(() -> new AssertionError("no ratio " + declared + " in " + rs));
      BigDecimal whole = r.whole().yuan();
      if (r.kind().equals("change")) {
        whole = r.increase() ? whole.subtract(r.part().yuan()) : whole.add(r.part().yuan());
      }
      BigDecimal re = r.part().yuan().multiply(BigDecimal.valueOf(100))
          .divide(whole, 2, java.math.RoundingMode.HALF_UP);
      assertEquals(0, re.compareTo(r.declared()), r.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void seed003RowsAndSeed004List(String ext) throws Exception {
    ReportScope s3 = read("003", ext);
    Figures f3 = new FigureScanner().scan(s3);
    List<BudgetRow> rows = new ProseBudgetFinder().find(s3, f3);
    assertTrue(rows.stream().anyMatch(r -> r.recomputedRate() != null
        && r.recomputedRate().toPlainString().equals("26.24")
        && r.initialBudget().toPlainString().equals("34817.01")), rows.toString());
    ReportScope s4 = read("004", ext);
    Figures f4 = new FigureScanner().scan(s4);
    List<Breakdown> bs = new BreakdownFinder().find(s4, f4);
    Breakdown list = bs.stream().filter(b -> b.kind().equals("list")).findFirst().orElseThrow();
    assertEquals("205.33", list.total().value().toPlainString());
    assertEquals(List.of("124.78", "23.99", "33", "6", "9.75", "2", "5", "1.8"), values(list.parts()));
    assertTrue(bs.stream().anyMatch(b -> b.total().value().toPlainString().equals("226345")
        && values(b.parts()).equals(List.of("158134", "68211"))));
    assertEquals(9, new ProseBudgetFinder().find(s4, f4).size());
  }
}
