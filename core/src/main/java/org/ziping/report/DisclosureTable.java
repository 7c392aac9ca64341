package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One standard table of a budget or final-accounts disclosure (部门预算/决算公开, the 2015-onward
 * format), typed: which table it is, what each column holds and what each row is. Read by
 * {@code org.ziping.parse.disclosure.DisclosureTableReader}; checked by the DISCLOSURE_* rules.
 *
 * @param type     the table: {@code income-expenditure-summary} (收支总表), {@code income} (收入总表),
 *                 {@code expenditure} (支出总表), {@code fiscal-summary} (财政拨款收支总表),
 *                 {@code fiscal-expenditure} (财政拨款支出表), {@code general-public-expenditure}
 *                 (一般公共预算（财政拨款）支出表), {@code basic-expenditure} (基本支出表),
 *                 {@code government-fund} (政府性基金), {@code state-capital} (国有资本经营),
 *                 {@code operating-costs} (机关运行经费表),
 *                 {@code three-public} (“三公”经费表)
 * @param title    the caption as written
 * @param fund     the fund the table is restricted to, as its caption says ({@code general-public},
 *                 {@code fiscal} for all 财政拨款, {@code government-fund}, {@code state-capital}),
 *                 null when it covers every source of money
 * @param stage    {@code budget} (预算) or {@code final} (决算) as the caption says, else null
 * @param unit     元 or 万元 as stated above the table (or in its header); figures are in it
 * @param tables   the table blocks (document table numbers, from 0) the table is read from: more
 *                 than one when it continues over a page break without a caption of its own
 * @param location the caption, or the first table block when it has none
 * @param columns  every grid column that holds figures, with its role
 * @param rows     every data row (header rows and repeated headers left out)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisclosureTable(String type, String title, String fund, String stage, String unit,
                              List<Integer> tables, Location location, List<Column> columns,
                              List<Row> rows) {
  public DisclosureTable {
    tables = tables == null ? List.of() : List.copyOf(tables);
    columns = columns == null ? List.of() : List.copyOf(columns);
    rows = rows == null ? List.of() : List.copyOf(rows);
  }

  /**
   * A column of figures.
   *
   * @param col    grid column
   * @param header the header cells above it, top to bottom, joined by "/"
   * @param role   what it holds ({@code total}, {@code basic}, {@code project}, {@code personnel},
   *               {@code public-funds}, {@code fiscal}, {@code general-public} …, {@code amount}
   *               for a plain 金额/预算数/决算数 column), see {@link DisclosureColumnRole}
   * @param side   {@code income} or {@code expenditure} in a two-sided summary table, else null
   * @param period {@code current} (本年) or {@code prior} (上年) when the header says so, else null
   * @param group  the column the header groups it under (the grid column of its group's 合计 or
   *               小计), or null; a total column's parts are the columns of its group
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Column(int col, String header, String role, String side, String period,
                       Integer group) {}

  /**
   * A data row.
   *
   * @param table  document table number of the block the row stands in
   * @param row    grid row in that block
   * @param side   {@code income} or {@code expenditure} in a two-sided table, else null
   * @param code   the 功能分类/经济分类 code (3, 5 or 7 digits; 类/款/项 written in separate cells
   *               joined), or null
   * @param name   the row name as written (科目名称 or the row label)
   * @param role   {@code total} (合计/总计), {@code class} (类, 3 digits), {@code section} (款, 5),
   *               {@code item} (项, 7), or {@code named} (a row known by its label only)
   * @param values the figures of the row, each located at its cell ({@code location.col})
   * @param unread grid columns of the row whose cell holds text that is neither a figure nor
   *               blank ("760.00130000.00", two cells run together): sums over them are not made
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Row(int table, int row, String side, String code, String name, String role,
                    List<Amount> values, List<Integer> unread) {
    public Row {
      values = values == null ? List.of() : List.copyOf(values);
      unread = unread == null ? List.of() : List.copyOf(unread);
    }

    /** The figure in grid column {@code col}, or null (blank or unread). */
    public Amount at(int col) {
      for (Amount a : values) {
        if (a.location() != null && a.location().col() != null && a.location().col() == col) {
          return a;
        }
      }
      return null;
    }

    /** Whether the cell of column {@code col} could not be read as a figure or a blank. */
    public boolean unreadAt(int col) {
      return unread.contains(col);
    }
  }
}
