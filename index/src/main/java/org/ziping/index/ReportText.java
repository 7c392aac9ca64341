package org.ziping.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;
import org.ziping.report.BudgetRow;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;
import org.ziping.report.Indicator;
import org.ziping.report.Quantity;
import org.ziping.report.Ratio;
import org.ziping.report.Report;
import org.ziping.report.ScoreItem;
import org.ziping.report.Section;

/**
 * The searchable text of a report, built from its extracted fields, one line per item, each
 * distinct line once, in this order: title, unit, section headings (numbered as written), amounts,
 * other quantities, budget rows, indicator rows, score items, breakdowns, ratios, findings (message
 * and quoted evidence). An item's quoted source text is used when the extraction gives one, else its
 * label and figures.
 *
 * <p>When the report JSON carries the report's running text ({@link Report#text()}), that text
 * is indexed too, so prose that no extracted item quotes is searchable; older JSON without it is
 * searchable through its items only.
 */
public final class ReportText {
  private ReportText() {}

  public static String fullText(Report r) {
    Set<String> lines = new LinkedHashSet<>();
    Consumer<String> add = s -> {
      if (s != null && !s.isBlank()) {
        lines.add(s.strip());
      }
    };
    add.accept(r.title());
    add.accept(r.unit());
    add.accept(r.text());
    for (String t : sectionTitles(r)) {
      add.accept(t);
    }
    for (Amount a : r.amounts()) {
      add.accept(a.text() != null ? a.text() : join(a.label(), a.value(), a.unit()));
    }
    for (Quantity q : r.quantities()) {
      add.accept(q.text() != null ? q.text() : join(q.label(), q.value(), q.unit()));
    }
    for (BudgetRow b : r.budgetRows()) {
      add.accept(b.text() != null ? b.text()
          : join(b.label(), b.initialBudget(), b.fullYearBudget(), b.actual(), b.declaredRate()));
    }
    for (Indicator i : r.indicators()) {
      add.accept(join(i.level1(), i.level2(), i.level3(), i.target(), i.actual(), i.maxScore(),
          i.score(), i.note()));
    }
    for (ScoreItem s : r.scoreItems()) {
      add.accept(s.text() != null ? s.text() : join(s.label(), s.maxScore(), s.score()));
      add.accept(s.note());
    }
    for (Breakdown b : r.breakdowns()) {
      add.accept(b.text());
    }
    for (Ratio ra : r.ratios()) {
      add.accept(ra.text());
    }
    for (Finding f : r.findings()) {
      add.accept(f.message());
      for (Evidence e : f.evidence()) {
        add.accept(e.text());
      }
    }
    return String.join("\n", lines);
  }

  /** Headings depth first, each as number and title ("一、部门基本情况" is given as "一 部门基本情况"). */
  public static List<String> sectionTitles(Report r) {
    List<String> out = new ArrayList<>();
    walk(r.sections(), out);
    return out;
  }

  private static void walk(List<Section> sections, List<String> out) {
    for (Section s : sections) {
      if (s.title() != null && !s.title().isBlank()) {
        out.add(s.number() == null ? s.title() : s.number() + " " + s.title());
      }
      walk(s.children(), out);
    }
  }

  private static String join(Object... parts) {
    StringBuilder sb = new StringBuilder();
    for (Object p : parts) {
      if (p == null) {
        continue;
      }
      String s = p instanceof BigDecimal d ? d.toPlainString() : p.toString();
      if (s.isBlank()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(s);
    }
    return sb.toString();
  }
}
