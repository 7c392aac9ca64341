package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.audit.RuleId;
import org.ziping.report.Amount;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Decimals;
import org.ziping.report.DisclosureTable;
import org.ziping.report.Evidence;
import org.ziping.report.Location;
import org.ziping.report.Quantity;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/**
 * DISCLOSURE_TEXT_TABLE (warning): a figure the explanatory text (说明) states for a standard
 * quantity differs from the table that holds it:
 * <ul>
 *   <li>a 功能分类 item written with its codes, "…（204类）…（06款）…（01项）1672.67万元", against the
 *   row of that code in the 财政拨款支出表 (else the 一般公共预算支出表, else the 政府性基金 table),
 *   its 合计 column, and the same item's "2026年预算安排X万元" later in its paragraph (the report's
 *   year);</li>
 *   <li>“三公”经费 X万元, 因公出国（境）费, 公务接待费, 公务用车购置及运行费, 公务用车购置费, 公务用车运行
 *   （维护）费 X万元 against the column of that role in the “三公”经费表, when the table has one row of
 *   figures and one column of that role (a table of 预算数 and 决算数 side by side is not
 *   compared).</li>
 * </ul>
 *
 * <p>Data: the report's text outside tables (a number inside a table cell is never read as text),
 * and its {@link DisclosureTable}s. Preconditions: the figure follows its words directly (only 预算,
 * 支出, 决算, 数, 为 between); the 20 characters before the words do not name last year (上年, 去年)
 * or another year than the report's.
 *
 * <p>Tolerance: the text's figure (万元) and the cell, both as yuan intervals. Warning, not error: the
 * text and the table are linked by their words, not by position.
 */
public final class DisclosureTextTable extends AbstractRule {
  static final String NUM = "(\\d[\\d,]*(?:\\.\\d+)?)万元";
  static final Pattern ITEM = Pattern.compile(
      "[（(](\\d{3})类[）)][^（()）。；]{0,30}[（(](\\d{2})款[）)][^（()）。；]{0,40}[（(](\\d{2})项[）)][：:]?(?:支出|预算|为)*" + NUM);
  private static final Pattern THREE = Pattern.compile(
      "(“三公”经费|\"三公\"经费|三公经费|因公出国[（(]境[）)]费|公务接待费|公务用车购置及运行(?:维护)?费|公务用车购置费|公务用车运行(?:维护)?费)"
          + "(?:预算|支出|决算|数|为|共计|合计)*" + NUM);
  private static final Pattern OTHER_YEAR = Pattern.compile("上年|去年|(20\\d{2})年");

  public DisclosureTextTable() {
    super(RuleId.DISCLOSURE_TEXT_TABLE, DisclosureCells.KINDS);
  }

  @Override
  void find(Report report, RuleFindings out) {
    if (report.disclosureTables().isEmpty() || report.text() == null || report.location() == null) {
      return;
    }
    String text = report.text();
    int base = report.location().start();
    Matcher m = ITEM.matcher(text);
    while (m.find()) {
      String code = m.group(1) + m.group(2) + m.group(3);
      Cell cell = itemCell(report, code);
      if (cell == null) {
        continue;
      }
      if (!otherYear(report, text, m.start())) {
        compare(report, cell, m, 4, base, "功能分类" + code + "项", out);
      }
      if (report.year() != null) {
        // the same item's figure restated in its paragraph: "2026年预算安排1672.67万元"
        int end = paragraphEnd(text, m.end());
        Matcher again = Pattern.compile(report.year() + "年(?:预算安排|预算数为|预算为|安排)" + NUM)
            .matcher(text).region(m.end(), end);
        while (again.find()) {
          compare(report, cell, again, 1, base, "功能分类" + code + "项（" + report.year() + "年预算安排）",
              out);
        }
      }
    }
    Matcher t = THREE.matcher(text);
    while (t.find()) {
      if (otherYear(report, text, t.start())) {
        continue;
      }
      String what = t.group(1);
      Cell cell = threePublicCell(report, what);
      if (cell != null) {
        compare(report, cell, t, 2, base, what, out);
      }
    }
  }

  record Cell(DisclosureTable table, DisclosureTable.Row row, int col) {}

  /** The end of the paragraph (line) that holds {@code from}, or of the next numbered item. */
  static int paragraphEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    int end = nl < 0 ? text.length() : nl;
    Matcher next = ITEM.matcher(text).region(from, end);
    return next.find() ? next.start() : end;
  }

  private static boolean otherYear(Report report, String text, int at) {
    Matcher y = OTHER_YEAR.matcher(text.substring(Math.max(0, at - 20), at));
    while (y.find()) {
      if (y.group(1) == null || report.year() == null || Integer.parseInt(y.group(1)) != report.year()) {
        return true;
      }
    }
    return false;
  }

  /** The row of the code in the 财政拨款支出表, else the 一般公共预算支出表, else the 政府性基金 table. */
  static Cell itemCell(Report report, String code) {
    for (String type : List.of("fiscal-expenditure", "general-public-expenditure", "government-fund")) {
      for (DisclosureTable t : report.disclosureTables()) {
        if (!type.equals(t.type()) || t.title().contains("机关运行") || t.unit() == null) {
          continue;
        }
        Integer col = topTotal(t);
        for (DisclosureTable.Row r : t.rows()) {
          if (code.equals(r.code()) && col != null && r.at(col) != null) {
            return new Cell(t, r, col);
          }
        }
      }
    }
    return null;
  }

  /** The table's total column outside any group, else its only column. */
  private static Integer topTotal(DisclosureTable t) {
    Integer found = null;
    for (DisclosureTable.Column c : t.columns()) {
      if ("total".equals(c.role()) && c.group() == null) {
        if (found != null) {
          return null;
        }
        found = c.col();
      }
    }
    return found != null ? found : t.columns().size() == 1 ? t.columns().get(0).col() : null;
  }

  private static Cell threePublicCell(Report report, String what) {
    DisclosureTable found = null;
    for (DisclosureTable t : report.disclosureTables()) {
      if ("three-public".equals(t.type()) && t.unit() != null) {
        if (found != null) {
          return null;
        }
        found = t;
      }
    }
    if (found == null || found.rows().size() != 1) {
      return null;
    }
    DisclosureTable.Row row = found.rows().get(0);
    Integer col = null;
    for (DisclosureTable.Column c : found.columns()) {
      boolean match;
      String h = c.header();
      if (what.contains("三公")) {
        match = "total".equals(c.role()) && h.contains("三公") && !h.contains("公务用车");
        if (!match && "total".equals(c.role()) && c.group() == null && !h.contains("公务用车")) {
          // 合计 at the top of a table that holds only the three items
          match = found.columns().stream().noneMatch(x -> "meeting".equals(x.role()) || "training".equals(x.role()));
        }
      } else if (what.startsWith("因公出国")) {
        match = "outbound".equals(c.role());
      } else if (what.startsWith("公务接待")) {
        match = "reception".equals(c.role());
      } else if (what.contains("购置及运行")) {
        match = "vehicle".equals(c.role()) || "total".equals(c.role()) && h.contains("公务用车");
      } else if (what.contains("购置")) {
        match = "vehicle-purchase".equals(c.role());
      } else {
        match = "vehicle-running".equals(c.role());
      }
      if (match) {
        if (col != null && col != c.col()) {
          return null;
        }
        col = c.col();
      }
    }
    return col == null || row.at(col) == null ? null : new Cell(found, row, col);
  }

  private static void compare(Report report, Cell cell, Matcher m, int group, int base, String what,
                              RuleFindings out) {
    BigDecimal v = new BigDecimal(m.group(group).replace(",", ""));
    DecimalInterval said = DecimalInterval.ofShown(v).movePoint(4);
    DecimalInterval table = DisclosureCells.cell(cell.row(), cell.col());
    if (said.overlaps(table)) {
      return;
    }
    int start = base + m.start(group);
    int end = base + m.end();
    Location loc = locate(report, start, end);
    String quote = m.group();
    List<Evidence> ev = List.of(new Evidence("说明 · " + what, v, quote, loc),
        DisclosureCells.evidence(cell.table(), cell.row(), cell.col()));
    String msg = "说明中" + what + Decimals.shown(v) + "万元与「" + cell.table().title() + "」"
        + DisclosureCells.label(cell.table(), cell.row(), cell.col()).replace(cell.table().title() + " · ", "")
        + "的" + DisclosureCells.shown(cell.row(), cell.col()) + DisclosureCells.unit(cell.table())
        + "不一致（折合元：说明" + said + "，表格" + table + "）";
    out.add(Severity.WARNING, msg, ev);
  }

  /**
   * The location of a stated figure: the amount or percentage the figure scanner read there (its page
   * included); else the offsets with the page of the nearest figure read before it in the same
   * stretch of text (at most 200 characters back), else without a page (never a guessed one).
   */
  static Location locate(Report report, int start, int end) {
    Location before = null;
    List<Location> all = new ArrayList<>();
    for (Amount a : report.amounts()) {
      all.add(a.location());
    }
    for (Quantity q : report.quantities()) {
      all.add(q.location());
    }
    for (Location l : all) {
      if (l == null || l.table() != null) {
        continue;
      }
      if (l.start() <= start && start < l.end()) {
        return l;
      }
      if (l.end() <= start && start - l.end() <= 200 && (before == null || l.end() > before.end())) {
        before = l;
      }
    }
    return Location.of(start, end, before == null ? null : before.page());
  }
}
