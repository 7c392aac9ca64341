package org.ziping.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ziping.parse.facts.DerivedRecords;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;
import org.ziping.report.BudgetRow;
import org.ziping.report.BudgetRowOrigin;
import org.ziping.report.DocumentKind;
import org.ziping.report.Finding;
import org.ziping.report.Indicator;
import org.ziping.report.Location;
import org.ziping.report.Quantity;
import org.ziping.report.Ratio;
import org.ziping.report.Report;
import org.ziping.report.Score;
import org.ziping.report.ScoreItem;

/** Hand-built reports for the rule tests, and assertions on findings. */
public final class TestReports {
  public static final AuditContext CTX = AuditContext.of("0123abcd", 0);

  private TestReports() {}

  public static Builder report() {
    return new Builder();
  }

  public static BigDecimal d(String v) {
    return v == null ? null : new BigDecimal(v);
  }

  private static int offset = 0;

  static Location nextLocation(int length) {
    int start = offset;
    offset += length + 10;
    return Location.of(start, start + length, null);
  }

  /** An amount as a parser would give it: value as written, yuan from the unit. */
  public static Amount amt(String label, String value, String unit) {
    BigDecimal v = d(value);
    int exp = switch (unit) {
      case "万元" -> 4;
      case "亿元" -> 8;
      case "千元" -> 3;
      default -> 0;
    };
    BigDecimal yuan = unit.endsWith("元") ? v.movePointRight(exp) : null;
    String text = label + value + unit;
    return new Amount(label, v, unit, yuan, text, nextLocation(text.length()));
  }

  public static List<Finding> run(AuditRule rule, Report r) {
    return rule.check(r, CTX);
  }

  public static Finding one(AuditRule rule, Report r) {
    List<Finding> f = run(rule, r);
    if (f.size() != 1) {
      fail("expected one " + rule.id() + " finding, got " + describe(f));
    }
    assertEquals(rule.id(), f.get(0).rule());
    return f.get(0);
  }

  public static void none(AuditRule rule, Report r) {
    List<Finding> f = run(rule, r);
    if (!f.isEmpty()) {
      fail("expected no " + rule.id() + " finding, got " + describe(f));
    }
  }

  public static String describe(List<Finding> f) {
    return f.stream().map(x -> x.severity().json() + " " + x.rule() + ": " + x.message())
        .collect(Collectors.joining("\n", "[", "]"));
  }

  /** Fluent builder of a Report. */
  public static final class Builder {
    private DocumentKind kind = DocumentKind.DEPARTMENT;
    private Integer year = 2022;
    private String title = "测试单位2022年度部门整体支出绩效自评报告";
    private final List<Amount> amounts = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<BudgetRow> rows = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<ScoreItem> items = new ArrayList<>();
    private final List<Breakdown> breakdowns = new ArrayList<>();
    private final List<Ratio> ratios = new ArrayList<>();
    private Score score;
    private boolean ocr;

    /** Every location of the records added after this call read by OCR (a scanned page). */
    public Builder readByOcr() {
      ocr = true;
      return this;
    }

    private Location at(int length) {
      return at(nextLocation(length));
    }

    private Location at(Location l) {
      return ocr ? new Location(l.start(), l.end(), l.page(), l.table(), l.row(), l.col(), true) : l;
    }

    public Builder year(Integer y) {
      this.year = y;
      return this;
    }

    public Builder score(String declared, String grade) {
      score = new Score(d(declared), BigDecimal.valueOf(100), null, grade, at(4), at(1), null);
      return this;
    }

    public Builder score(String declared, String max, String grade) {
      score = new Score(d(declared), d(max), null, grade, at(4), at(1), null);
      return this;
    }

    public Builder amount(String label, String value, String unit) {
      amounts.add(amt(label, value, unit));
      return this;
    }

    public Builder percent(String label, String value) {
      String text = label + value + "%";
      quantities.add(new Quantity("percent", label, d(value), "%", text, at(text.length())));
      return this;
    }

    /** A budget row: initial, full-year, actual, declared rate (any may be null), unit. */
    public Builder row(String label, String initial, String fullYear, String actual, String rate, String unit) {
      return row(label, initial, fullYear, actual, rate, null, null, unit);
    }

    public Builder row(String label, String initial, String fullYear, String actual, String rate, String max,
                       String score, String unit) {
      String text = String.join("\t", label, String.valueOf(initial), String.valueOf(fullYear),
          String.valueOf(actual), rate == null ? "" : rate + "%");
      rows.add(new BudgetRow(label, d(initial), d(fullYear), d(actual), d(rate), null, d(max), d(score), unit,
          BudgetRowOrigin.TABLE, text, at(new Location(offset, offset + text.length(), 3, 0, rows.size() + 1, 1)), null, null));
      offset += text.length() + 1;
      return this;
    }

    public Builder indicator(String level3, String target, String actual, String max, String score) {
      return indicator("一级", "二级", level3, target, actual, max, score, null);
    }

    public Builder indicator(String l1, String l2, String l3, String target, String actual, String max,
                             String score, String note) {
      indicators.add(new Indicator(l1, l2, l3, target, actual, d(max), d(score), note,
          at(new Location(offset, offset + 20, 4, 1, indicators.size() + 1, 2))));
      offset += 30;
      return this;
    }

    public Builder item(String label, String max, String score) {
      return item(label, max, score, false, null, null);
    }

    public Builder item(String label, String max, String score, boolean group, String parent, String note) {
      String text = label + "（" + max + "分）… 自评" + score + "分。" + (note == null ? "" : note);
      items.add(new ScoreItem(String.valueOf(items.size() + 1), label, d(max), d(score), group, parent, note,
          text, at(text.length())));
      return this;
    }

    public Builder breakdown(String label, Amount total, Amount... parts) {
      breakdowns.add(new Breakdown(label, "qizhong", total, List.of(parts), label, at(20)));
      return this;
    }

    public Builder ratio(String kind, String label, Amount part, Amount whole, Boolean increase, String declared) {
      return ratio(kind, label, part, whole, increase, declared, label + declared + "%");
    }

    /** A ratio quoting {@code text} (from its first figure to the percentage). */
    public Builder ratio(String kind, String label, Amount part, Amount whole, Boolean increase,
                         String declared, String text) {
      ratios.add(new Ratio(kind, label, part, whole, increase, d(declared), text, at(text.length())));
      return this;
    }

    /** The document kind, {@link DocumentKind#DEPARTMENT} unless set. */
    public Builder kind(DocumentKind k) {
      kind = k;
      return this;
    }

    /**
     * The report as the parse stage would give it: records, and the facts and overall execution
     * rate derived from them.
     */
    public Report build() {
      return DerivedRecords.complete(Report.of(b -> {
        b.title = title;
        b.unit = "测试单位";
        b.year = year;
        b.kind = kind;
        b.location = at(1000);
        b.amounts = amounts;
        b.quantities = quantities;
        b.budgetRows = rows;
        b.indicators = indicators;
        b.scoreItems = items;
        b.score = score;
        b.breakdowns = breakdowns;
        b.ratios = ratios;
      }));
    }
  }
}
