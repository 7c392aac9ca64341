package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.report.DisclosureTable;
import org.ziping.report.DocumentKind;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/**
 * The DISCLOSURE_* rules on a budget disclosure written in our own words with the layout of the
 * 2015-onward standard tables (收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表 with
 * 类/款/项 in separate cells, 基本支出表, 政府性基金表, “三公”经费表 with a two-level header): the
 * clean document raises nothing; each identity, with one figure changed, raises its rule with both
 * sides quoted.
 */
class DisclosureRulesTest {
  private static final String FIXTURE = "/disclosure/budget-disclosure-standard-tables.html";

  @TempDir Path work;

  private static String clean() throws Exception {
    return Files.readString(Path.of(DisclosureRulesTest.class.getResource(FIXTURE).toURI()),
        StandardCharsets.UTF_8);
  }

  private Report report(String html) throws Exception {
    Path f = work.resolve("budget-disclosure.html");
    Files.writeString(f, html, StandardCharsets.UTF_8);
    ExtractedDocument d = new StandardExtraction().extract(f);
    assertTrue(d.errors().isEmpty(), d.errors().toString());
    return d.reports().get(0);
  }

  /** The fixture with {@code from} (which must occur exactly once) replaced. */
  private Report planted(String from, String to) throws Exception {
    String html = clean();
    int at = html.indexOf(from);
    assertTrue(at >= 0 && html.indexOf(from, at + 1) < 0, "not unique in the fixture: " + from);
    return report(html.replace(from, to));
  }

  private static List<Finding> of(Report r, String rule) {
    return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  private static boolean quotes(Finding f, String... values) {
    for (String v : values) {
      if (f.evidence().stream().noneMatch(e -> e.value() != null
          && e.value().compareTo(new BigDecimal(v)) == 0)) {
        return false;
      }
    }
    return true;
  }

  private static void fires(Report r, String rule, String severity, String... values) {
    List<Finding> fs = of(r, rule);
    assertTrue(fs.stream().anyMatch(f -> f.severity().json().equals(severity) && quotes(f, values)),
        rule + " " + severity + " quoting " + List.of(values) + " expected; got " + r.findings());
  }

  @Test
  void theStandardTablesAreTypedAndTheCleanDocumentRaisesNothing() throws Exception {
    Report r = report(clean());
    assertEquals(DocumentKind.BUDGET_DISCLOSURE, r.kind());
    List<String> types = r.disclosureTables().stream().map(DisclosureTable::type).toList();
    assertEquals(List.of("income-expenditure-summary", "income", "expenditure", "fiscal-summary",
        "general-public-expenditure", "basic-expenditure", "government-fund", "three-public"), types);
    DisclosureTable gp = r.disclosureTables().get(4);
    assertEquals("general-public", gp.fund());
    assertEquals("万元", gp.unit());
    // 类/款/项 in separate cells joined into one code, the level from its length
    DisclosureTable.Row item = gp.rows().stream().filter(x -> "2130104".equals(x.code()))
        .findFirst().orElseThrow();
    assertEquals("item", item.role());
    assertEquals("事业运行", item.name());
    // columns typed from the two-level header; 基本支出 and 项目支出 grouped under 合计
    assertEquals(List.of("total", "basic", "project"),
        gp.columns().stream().map(DisclosureTable.Column::role).toList());
    DisclosureTable three = r.disclosureTables().get(7);
    assertEquals(List.of("total", "outbound", "reception", "total", "vehicle-purchase", "vehicle-running"),
        three.columns().stream().map(DisclosureTable.Column::role).toList());
    assertEquals(3, three.columns().get(4).group());
    assertEquals(0, three.columns().get(3).group());
    DisclosureTable summary = r.disclosureTables().get(0);
    assertTrue(summary.rows().stream().anyMatch(x -> "income".equals(x.side()) && "收入总计".equals(x.name())));
    assertTrue(r.findings().isEmpty(), r.findings().toString());
  }

  @Test
  void aSectionThatIsNotTheSumOfItsItemsIsAnError() throws Exception {
    Report r = planted("<td>213</td><td>01</td><td>01</td><td>行政运行</td><td>400.00</td><td>400.00</td>",
        "<td>213</td><td>01</td><td>01</td><td>行政运行</td><td>410.00</td><td>410.00</td>");
    fires(r, "DISCLOSURE_CODE_SUM", "error", "970.00", "410.00", "220.00", "350.00");
    assertEquals(2, of(r, "DISCLOSURE_CODE_SUM").size(), r.findings().toString()); // 合计 and 基本支出 columns
  }

  @Test
  void aTotalRowThatIsNotTheSumOfItsClassesIsAnError() throws Exception {
    Report r = planted("<td colspan=\"4\">合计</td><td>1,200.00</td><td>800.00</td><td>400.00</td>",
        "<td colspan=\"4\">合计</td><td>1,210.00</td><td>810.00</td><td>400.00</td>");
    fires(r, "DISCLOSURE_CODE_SUM", "error", "1210.00", "150.00", "970.00", "80.00");
    // the same 合计 also disagrees with the 财政拨款收支总表 and the 基本支出表
    fires(r, "DISCLOSURE_CROSS_TABLE", "warning", "1210.00", "1200.00");
    fires(r, "DISCLOSURE_CROSS_TABLE", "warning", "810.00", "800.00");
  }

  @Test
  void basicPlusProjectMustMakeTheTotal() throws Exception {
    Report r = planted("<td>2130104</td><td>事业运行</td><td>250.00</td><td>200.00</td><td>50.00</td></tr>",
        "<td>2130104</td><td>事业运行</td><td>250.00</td><td>210.00</td><td>50.00</td></tr>");
    fires(r, "DISCLOSURE_COLUMN_SUM", "error", "250.00", "210.00", "50.00");
  }

  @Test
  void personnelPlusPublicFundsMustMakeBasicSpending() throws Exception {
    Report r = planted("<td colspan=\"2\">合计</td><td>800.00</td><td>650.00</td><td>150.00</td>",
        "<td colspan=\"2\">合计</td><td>800.00</td><td>640.00</td><td>150.00</td>");
    fires(r, "DISCLOSURE_COLUMN_SUM", "error", "800.00", "640.00", "150.00");
  }

  @Test
  void theIncomeSourcesMustMakeTheIncomeTotal() throws Exception {
    Report r = planted("<td>2130104</td><td>事业运行</td><td>250.00</td><td>220.00</td><td>30.00</td>",
        "<td>2130104</td><td>事业运行</td><td>250.00</td><td>220.00</td><td>20.00</td>");
    fires(r, "DISCLOSURE_COLUMN_SUM", "error", "250.00", "220.00", "20.00");
  }

  @Test
  void theThreePublicItemsMustMakeTheirTotal() throws Exception {
    Report r = planted("<td>53.00</td><td>3.00</td>", "<td>54.00</td><td>3.00</td>");
    fires(r, "DISCLOSURE_COLUMN_SUM", "error", "54.00", "3.00", "5.00", "45.00");
    // and the text's 53.00万元 no longer matches the table
    fires(r, "DISCLOSURE_TEXT_TABLE", "warning", "53.00", "54.00");
  }

  @Test
  void vehiclePurchasePlusRunningMustMakeTheVehicleSubtotal() throws Exception {
    Report r = planted("<td>5.00</td><td>45.00</td><td>0.00</td><td>45.00</td></tr>",
        "<td>5.00</td><td>45.00</td><td>0.00</td><td>44.00</td></tr>");
    fires(r, "DISCLOSURE_COLUMN_SUM", "error", "45.00", "44.00");
    assertEquals(1, of(r, "DISCLOSURE_COLUMN_SUM").size(), r.findings().toString());
  }

  @Test
  void theSummaryTableMustBalance() throws Exception {
    Report r = planted("<td>收入总计</td><td>1,280.00</td>", "<td>收入总计</td><td>1,290.00</td>");
    fires(r, "DISCLOSURE_BALANCE", "error", "1290.00", "1280.00");
  }

  @Test
  void aSidesGrandTotalIsThisYearsTotalPlusItsCarryOver() throws Exception {
    Report r = planted("<td>上年结转</td><td>0.00</td>", "<td>上年结转</td><td>10.00</td>");
    fires(r, "DISCLOSURE_BALANCE", "error", "1280.00", "1280.00", "10.00");
    assertEquals(1, r.findings().size(), r.findings().toString());
  }

  @Test
  void theGeneralPublicTotalMustBeTheSameInTwoTables() throws Exception {
    // the 财政拨款收支总表 restated with 10万元 more 一般公共预算 on both sides: it adds up in itself,
    // and disagrees with the 收支总表 and the 一般公共预算支出表
    String html = clean();
    String[][] edits = {
        {"<td>一、一般公共预算</td><td>1,200.00</td>", "<td>一、一般公共预算</td><td>1,210.00</td>"},
        {"<td>本年收入合计</td><td>1,250.00</td>", "<td>本年收入合计</td><td>1,260.00</td>"},
        {"<td>收入总计</td><td>1,250.00</td>", "<td>收入总计</td><td>1,260.00</td>"},
        {"<td>本年支出合计</td><td>1,250.00</td><td>1,200.00</td>", "<td>本年支出合计</td><td>1,260.00</td><td>1,210.00</td>"},
        {"<td>支出总计</td><td>1,250.00</td><td>1,200.00</td>", "<td>支出总计</td><td>1,260.00</td><td>1,210.00</td>"}};
    for (String[] e : edits) {
      assertTrue(html.indexOf(e[0]) >= 0 && html.indexOf(e[0]) == html.lastIndexOf(e[0]), e[0]);
      html = html.replace(e[0], e[1]);
    }
    Report r = report(html);
    fires(r, "DISCLOSURE_CROSS_TABLE", "warning", "1210.00", "1200.00");
    fires(r, "DISCLOSURE_CROSS_TABLE", "warning", "1200.00", "1210.00");
    assertTrue(r.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), r.findings().toString());
  }

  @Test
  void anItemParagraphMustAgreeWithItsCodedRow() throws Exception {
    Report r = planted("其他农业农村支出（99项）350.00万元", "其他农业农村支出（99项）305.00万元");
    fires(r, "DISCLOSURE_TEXT_TABLE", "warning", "305.00", "350.00");
    assertEquals(1, r.findings().size(), r.findings().toString());
  }

  @Test
  void aThreePublicItemInTheTextMustAgreeWithTheTable() throws Exception {
    Report r = planted("公务接待费5.00万元", "公务接待费6.00万元");
    fires(r, "DISCLOSURE_TEXT_TABLE", "warning", "6.00", "5.00");
  }

  @Test
  void aChangeAgainstLastYearIsRecomputedWithThisYearsTableFigure() throws Exception {
    Report r = planted("比2024年预算执行数增加5.26%", "比2024年预算执行数增加5.62%");
    fires(r, "DISCLOSURE_CHANGE", "warning", "5.62", "380.00", "400.00");
    assertEquals(1, r.findings().size(), r.findings().toString());
  }

  @Test
  void anIncreaseInYuanIsThisYearMinusLastYear() throws Exception {
    Report r = planted("上年预算数为330.00万元", "上年预算数为320.00万元");
    // 350.00 − 320.00 = 30.00, not 20.00; and 30.00 ÷ 320.00 = 9.38%, not 6.06%
    fires(r, "DISCLOSURE_CHANGE", "warning", "20.00", "320.00", "350.00");
    fires(r, "DISCLOSURE_CHANGE", "warning", "6.06", "320.00", "350.00");
  }

  private static final String FINAL = "/disclosure/final-accounts-three-public-budget-and-actual.html";

  private Report finalAccounts(String from, String to) throws Exception {
    String html = Files.readString(Path.of(DisclosureRulesTest.class.getResource(FINAL).toURI()),
        StandardCharsets.UTF_8);
    if (from != null) {
      int at = html.indexOf(from);
      assertTrue(at >= 0 && html.indexOf(from, at + 1) < 0, "not unique in the fixture: " + from);
      html = html.replace(from, to);
    }
    return report(html);
  }

  @Test
  void aFinalAccountsThreePublicTableOfBudgetAndActualIsReadByMeasure() throws Exception {
    Report r = finalAccounts(null, null);
    assertEquals(DocumentKind.FINAL_ACCOUNTS, r.kind());
    DisclosureTable three = r.disclosureTables().get(0);
    assertEquals("three-public", three.type());
    // each 预算数 column sums into the 合计's 预算数, each 决算数 into its 决算数
    assertEquals(0, DisclosureRulesTest.column(three, 2).group());
    assertEquals(1, DisclosureRulesTest.column(three, 3).group());
    assertEquals(5, DisclosureRulesTest.column(three, 7).group());
    assertEquals("outbound", DisclosureRulesTest.column(three, 3).role());
    assertTrue(r.findings().isEmpty(), r.findings().toString());
  }

  private static DisclosureTable.Column column(DisclosureTable t, int col) {
    return t.columns().stream().filter(c -> c.col() == col).findFirst().orElseThrow();
  }

  @Test
  void theActualThreePublicItemsMustMakeTheActualTotal() throws Exception {
    Report r = finalAccounts("<td>14.20</td><td>0.00</td><td>0.00</td><td>15.00</td><td>14.20</td>",
        "<td>14.20</td><td>0.00</td><td>0.00</td><td>15.00</td><td>14.30</td>");
    // 小计 14.20 against 购置 0.00 + 运行 14.30; the 合计 18.50 still adds up with the 小计
    fires(r, "DISCLOSURE_COLUMN_SUM", "error", "14.20", "14.30");
    assertEquals(1, r.findings().size(), r.findings().toString());
  }

  @Test
  void theCompletionOfTheBudgetIsRecomputed() throws Exception {
    Report r = finalAccounts("完成年初预算的98.00%", "完成年初预算的99.00%");
    fires(r, "DISCLOSURE_COMPLETION_RATE", "error", "99.00", "1127.00", "1150.00");
  }

  @Test
  void aCompletionRateOfTheOtherBudgetIsOnlyAWordSlip() throws Exception {
    Report r = finalAccounts("年初预算为1,150.00万元，支出决算为1,127.00万元，完成年初预算的98.00%",
        "年初预算为1,100.00万元，全年预算为1,150.00万元，支出决算为1,127.00万元，完成年初预算的98.00%");
    fires(r, "DISCLOSURE_COMPLETION_RATE", "info", "98.00", "1127.00", "1100.00");
  }

  /** The tables as plain text (tab-separated, one header row, the layout of 江苏's 部门预算公开表). */
  private static final String TEXT = String.join("\n",
      "青禾县农业农村局2025年部门预算公开表",
      "",
      "支出预算总表",
      "部门：青禾县农业农村局 单位：万元",
      "",
      "合计\t基本支出\t项目支出",
      "1,280.00\t830.00\t450.00",
      "",
      "一般公共预算支出预算表（功能科目）",
      "部门：青禾县农业农村局 单位：万元",
      "",
      "功能科目编码\t功能科目名称\t金额",
      "合计\t\t1,200.00",
      "208\t社会保障和就业支出\t150.00",
      "20805\t行政事业单位养老支出\t150.00",
      "2080505\t机关事业单位基本养老保险缴费支出\t100.00",
      "2080506\t机关事业单位职业年金缴费支出\t50.00",
      "213\t农林水支出\t970.00",
      "21301\t农业农村\t970.00",
      "2130101\t行政运行\t400.00",
      "2130104\t事业运行\t220.00",
      "2130199\t其他农业农村支出\t350.00",
      "221\t住房保障支出\t80.00",
      "22102\t住房改革支出\t80.00",
      "2210201\t住房公积金\t80.00",
      "");

  private Report text(String body) throws Exception {
    Path f = work.resolve("budget-disclosure.txt");
    Files.writeString(f, body, StandardCharsets.UTF_8);
    ExtractedDocument d = new StandardExtraction().extract(f);
    assertTrue(d.errors().isEmpty(), d.errors().toString());
    return d.reports().get(0);
  }

  @Test
  void tablesWrittenAsTextAreTypedAndChecked() throws Exception {
    Report r = text(TEXT);
    assertEquals(List.of("expenditure", "general-public-expenditure"),
        r.disclosureTables().stream().map(DisclosureTable::type).toList());
    assertTrue(r.findings().isEmpty(), r.findings().toString());
    Report planted = text(TEXT.replace("1,280.00\t830.00\t450.00", "1,280.00\t820.00\t450.00"));
    fires(planted, "DISCLOSURE_COLUMN_SUM", "error", "1280.00", "820.00", "450.00");
    // the 合计 row first, the last 类 group open at the end: 合计 against the 类 rows
    Report total = text(TEXT.replace("合计\t\t1,200.00", "合计\t\t1,210.00"));
    assertTrue(total.findings().stream().anyMatch(f -> (f.rule().equals("DISCLOSURE_CODE_SUM")
        || f.rule().equals("PART_SUM_MISMATCH")) && quotes(f, "1210.00", "150.00", "970.00", "80.00")),
        total.findings().toString());
  }

  /**
   * A unit whose money is all 一般公共预算 (or, with {@code business} 事业收入, not): 收支总表, 支出总表
   * and 一般公共预算基本支出表; {@code personnel} is the 基本支出表's 人员经费 (its 合计 follows it).
   */
  private static String basicTables(String business, String personnel) {
    java.math.BigDecimal p = new java.math.BigDecimal(personnel);
    java.math.BigDecimal b = new java.math.BigDecimal(business);
    String total = new java.math.BigDecimal("500.00").add(b).toPlainString();
    String basic = p.add(new java.math.BigDecimal("100.00")).toPlainString();
    return "<html><body><h1>青禾县档案馆2025年部门预算</h1>\n"
        + "<p>2025年部门收支预算总表</p><p>单位：万元</p>\n<table>"
        + "<tr><td colspan=\"2\">收入</td><td colspan=\"2\">支出</td></tr>"
        + "<tr><td>项目</td><td>预算数</td><td>项目</td><td>预算数</td></tr>"
        + "<tr><td>一、一般公共预算</td><td>500.00</td><td>一、文化旅游体育与传媒支出</td><td>" + total + "</td></tr>"
        + "<tr><td>二、事业收入</td><td>" + b.toPlainString() + "</td><td></td><td></td></tr>"
        + "<tr><td>收入总计</td><td>" + total + "</td><td>支出总计</td><td>" + total + "</td></tr></table>\n"
        + "<p>2025年部门支出预算总表</p><p>单位：万元</p>\n<table>"
        + "<tr><td colspan=\"2\">项目</td><td colspan=\"3\">支出预算</td></tr>"
        + "<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>"
        + "<tr><td>207</td><td>文化旅游体育与传媒支出</td><td>" + total + "</td><td>" + "400.00" + "</td><td>" + new java.math.BigDecimal(total).subtract(new java.math.BigDecimal("400.00")).toPlainString() + "</td></tr>"
        + "<tr><td colspan=\"2\">合计</td><td>" + total + "</td><td>400.00</td><td>" + new java.math.BigDecimal(total).subtract(new java.math.BigDecimal("400.00")).toPlainString() + "</td></tr></table>\n"
        + "<p>2025年部门一般公共预算基本支出经济分类预算表</p><p>单位：万元</p>\n<table>"
        + "<tr><td colspan=\"2\">项目</td><td colspan=\"3\">一般公共预算基本支出</td></tr>"
        + "<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>人员经费</td><td>公用经费</td></tr>"
        + "<tr><td>301</td><td>工资福利支出</td><td>" + personnel + "</td><td>" + personnel + "</td><td>0.00</td></tr>"
        + "<tr><td>302</td><td>商品和服务支出</td><td>100.00</td><td>0.00</td><td>100.00</td></tr>"
        + "<tr><td colspan=\"2\">合计</td><td>" + basic + "</td><td>" + personnel + "</td><td>100.00</td></tr></table>\n"
        + "</body></html>\n";
  }

  @Test
  void basicSpendingOfTheExpenditureTableIsTheBasicTablesWhenAllMoneyIsGeneralPublic() throws Exception {
    assertTrue(report(basicTables("0.00", "300.00")).findings().isEmpty());
    Report r = report(basicTables("0.00", "310.00"));
    fires(r, "DISCLOSURE_CROSS_TABLE", "warning", "400.00", "410.00");
    assertEquals(1, r.findings().size(), r.findings().toString());
    // with 事业收入 the 支出总表's 基本支出 may hold other money: not compared
    Report other = report(basicTables("20.00", "310.00"));
    assertTrue(other.findings().isEmpty(), other.findings().toString());
  }
}
