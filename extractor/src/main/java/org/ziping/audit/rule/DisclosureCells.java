package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ziping.report.Decimals;
import org.ziping.audit.AuditRule;
import org.ziping.report.Amount;
import org.ziping.report.DecimalInterval;
import org.ziping.report.DisclosureTable;
import org.ziping.report.DocumentKind;
import org.ziping.report.Evidence;
import org.ziping.report.Money;

/**
 * What the DISCLOSURE_* rules share: the kinds they run on, a figure's interval, a cell's evidence
 * labelled with its table, row and column, and sums of cells where a blank cell is an exact zero.
 */
final class DisclosureCells {
  private DisclosureCells() {}

  /** Budget and final-accounts disclosures, and unclassified documents that hold their tables. */
  static final Set<DocumentKind> KINDS = Set.of(DocumentKind.BUDGET_DISCLOSURE,
      DocumentKind.FINAL_ACCOUNTS, DocumentKind.OTHER);

  static {
    assert AuditRule.FIGURES.containsAll(KINDS);
  }

  /** The values a figure stands for, in yuan. */
  static DecimalInterval interval(Amount a) {
    return Money.interval(a);
  }

  /** The column of a table with this grid column, or null. */
  static DisclosureTable.Column column(DisclosureTable t, int col) {
    for (DisclosureTable.Column c : t.columns()) {
      if (c.col() == col) {
        return c;
      }
    }
    return null;
  }

  /** "表名 · 行 · 列". */
  static String label(DisclosureTable t, DisclosureTable.Row r, int col) {
    DisclosureTable.Column c = column(t, col);
    String row = r.code() != null ? r.code() + (r.name() == null ? "" : " " + r.name())
        : r.name() == null ? "第" + (r.row() + 1) + "行" : r.name();
    return t.title() + " · " + row + " · " + (c == null ? "第" + (col + 1) + "列" : c.header());
  }

  static Evidence evidence(DisclosureTable t, DisclosureTable.Row r, int col) {
    Amount a = r.at(col);
    if (a == null) {
      return new Evidence(label(t, r, col) + "（空白，按0计）", BigDecimal.ZERO, "", null);
    }
    return new Evidence(label(t, r, col), a.value(), a.text(), a.location());
  }

  /** A cell's value as shown, 0 for a blank. */
  static String shown(DisclosureTable.Row r, int col) {
    Amount a = r.at(col);
    return a == null ? "0" : Decimals.shown(a.value());
  }

  /** A cell's interval in yuan: exact zero for a blank. */
  static DecimalInterval cell(DisclosureTable.Row r, int col) {
    Amount a = r.at(col);
    return a == null ? DecimalInterval.exact(BigDecimal.ZERO) : interval(a);
  }

  /** The interval in the table's unit, for messages. */
  static DecimalInterval inUnit(DisclosureTable t, DecimalInterval yuan) {
    int exp = "万元".equals(t.unit()) ? 4 : "千元".equals(t.unit()) ? 3 : 0;
    return yuan.movePoint(-exp);
  }

  static String unit(DisclosureTable t) {
    return t.unit() == null ? "" : t.unit();
  }

  /** Rows of the table in order, with their side. */
  static List<DisclosureTable.Row> side(DisclosureTable t, String side) {
    List<DisclosureTable.Row> out = new ArrayList<>();
    for (DisclosureTable.Row r : t.rows()) {
      if (Objects.equals(side, r.side())) {
        out.add(r);
      }
    }
    return out;
  }
}
