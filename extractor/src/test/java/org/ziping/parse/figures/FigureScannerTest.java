package org.ziping.parse.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.parse.ReportScope;
import org.ziping.report.Amount;
import org.ziping.report.Quantity;

class FigureScannerTest {
  private final FigureScanner scanner = new FigureScanner();

  private static Amount amount(Figures f, String value) {
    return f.amounts().stream().filter(a -> a.value().toPlainString().equals(value)).findFirst()
        .orElseThrow(() -> new AssertionError("no amount " + value + " in " + f.amounts()));
  }

  @Test
  void seed000IncomeSentence() {
    ReportScope s = Docs.scope("2022年本部门收入预算 31546.18万元，比上年减少14840.94万元，下降32.00%，"
        + "其中1.一般公共预算财政拨款收入31536.34 万元，比上年减少14840.94万元，下降32.00%。 "
        + "2.其他收入9.84 万元，比上年增加0.40万元，增长4.24%。");
    Figures f = scanner.scan(s);
    Amount total = f.amounts().get(0);
    assertEquals("2022年本部门收入预算", total.label());
    assertEquals(new BigDecimal("31546.18"), total.value());
    assertEquals("万元", total.unit());
    assertEquals(0, new BigDecimal("315461800").compareTo(total.yuan()));
    assertEquals("31546.18万元", total.text());
    assertEquals("比上年减少", f.amounts().get(1).label());
    assertEquals("一般公共预算财政拨款收入", f.amounts().get(2).label());
    assertEquals("31536.34 万元", f.amounts().get(2).text());
    assertEquals("其他收入", amount(f, "9.84").label());
    assertEquals("比上年增加", amount(f, "0.40").label());
    assertEquals(2, amount(f, "0.40").value().scale());
    assertEquals(6, f.amounts().size());
    List<Quantity> pcts = f.quantities();
    assertEquals(3, pcts.size());
    assertEquals("percent", pcts.get(0).kind());
    assertEquals(new BigDecimal("32.00"), pcts.get(0).value());
    assertEquals("下降", pcts.get(0).label());
    // offsets point at the text
    assertEquals("31546.18万元", s.text(total.location().start(), total.location().end()));
  }

  @Test
  void incomeAndExpenditureContractionIsOneWordOfTheLabel() {
    Figures f = scanner.scan(Docs.scope("本单位2019年度财政拨款收、支总预算24169.74万元。"
        + "收入、支出预算分别为1.20万元和3.40万元。"));
    assertEquals("本单位2019年度财政拨款收、支总预算", amount(f, "24169.74").label());
    // a list of words stays a list: the clause still ends at the 、 of 收入、支出
    assertEquals("支出预算分别", amount(f, "1.20").label());
  }

  @Test
  void qizhongColonLabelAndYuan() {
    Figures f = scanner.scan(Docs.scope("2023年年初预算共计176975384.52元。其中：基本支出预算4533869.52元，"
        + "项目支出预算172441515元。"));
    assertEquals("2023年年初预算", f.amounts().get(0).label());
    assertEquals("基本支出预算", f.amounts().get(1).label());
    assertEquals("元", f.amounts().get(1).unit());
    assertEquals(new BigDecimal("4533869.52"), f.amounts().get(1).yuan());
  }

  @Test
  void otherUnitsSeparatorsFullWidthAndNegatives() {
    Figures f = scanner.scan(Docs.scope("基金总收入 313.53 亿元，同比增长 5.35%。全年预算数为1,200.5万元，"
        + "结余－１２.５万元，补助３，０００元，发放 3.9 万 元。参保达 514.41 万人次，审核企业 18061 万家，"
        + "派出 8000 多人次，宣讲群众 45000 余人，核查疑点数据 21099 条，完成 18 项。"));
    Amount yi = amount(f, "313.53");
    assertEquals("亿元", yi.unit());
    assertEquals(0, new BigDecimal("31353000000").compareTo(yi.yuan()));
    assertEquals("基金总收入", yi.label());
    Amount sep = amount(f, "1200.5");
    assertEquals("全年预算数", sep.label());
    assertEquals(0, new BigDecimal("12005000").compareTo(sep.yuan()));
    Amount neg = amount(f, "-12.5");
    assertEquals("结余", neg.label());
    assertEquals("－１２.５万元", neg.text());
    assertEquals("3000", amount(f, "3000").value().toPlainString());
    assertEquals("万元", amount(f, "3.9").unit());
    List<String> counts = f.quantities().stream().filter(q -> q.kind().equals("count"))
        .map(q -> q.value().toPlainString() + q.unit()).toList();
    assertEquals(List.of("514.41万人次", "18061万家", "8000人次", "45000人", "21099条", "18项"), counts);
  }

  @Test
  void notFiguresYearsDatesDocumentNumbersScoresOrdinalsPhones() {
    Figures f = scanner.scan(Docs.scope("根据乐财预[2021]9号和湛财绩〔2025〕2 号、正机编发（2010）213号文件，"
        + "2022年度于2022年5月17日完成，第3名，自评5分，指标分值18分，电话18773005530，1.部门职责，"
        + "（1）预算编制（5分），3个月内，提高2个百分点。"));
    assertTrue(f.amounts().isEmpty(), f.amounts().toString());
    assertTrue(f.quantities().isEmpty(), f.quantities().toString());
  }

  @Test
  void sentenceCutByPageBreakKeepsItsNumberAndLabel() {
    Figures f = scanner.scan(Docs.scope("**执行情况：**2023\n年决算共计185775842.26元。其中基本支出决算8914737.38元。"));
    assertEquals(2, f.amounts().size());
    assertEquals("2023年决算", f.amounts().get(0).label());
    assertEquals("基本支出决算", f.amounts().get(1).label());
  }

  @Test
  void tableWithUnitParagraphBefore() {
    ReportScope s = Docs.scope("""
        表1 收支情况
        单位：元
        项目\t年初预算\t实际支出\t执行率\t分值
        基本支出\t1,000.00\t900.5\t90.05%\t5
        项目支出\t2000\t2000\t100%\t5
        """);
    Figures f = scanner.scan(s);
    assertEquals(4, f.amounts().size(), f.amounts().toString());
    Amount a = amount(f, "1000.00");
    assertEquals("元", a.unit());
    assertEquals("基本支出 年初预算", a.label());
    assertEquals("1,000.00", a.text());
    assertEquals(0, a.location().table());
    assertEquals(1, a.location().row());
    assertEquals(1, a.location().col());
    Quantity rate = f.quantities().get(0);
    assertEquals("基本支出 执行率", rate.label());
    assertEquals(new BigDecimal("90.05"), rate.value());
  }

  @Test
  void tableUnitsFromHeaderRowLabelAndTitleCell() {
    ReportScope s = Docs.scope("""
        部门整体支出\t年初预算数（万元）\t全年预算数(万元)\t实际支出数\t得分
        全年支出\t17697.54\t18577.58\t18577.58\t9
        其中：基本支出\t453.39\t891.47\t891.47\t
        ---
        指标\t金额
        人员经费（元）\t5000
        公用经费\t300
        ---
        收支表（单位：亿元）\t\t
        收入\t支出\t结余
        1.5\t1.2\t0.3
        """);
    Figures f = scanner.scan(s);
    Amount a = amount(f, "17697.54");
    assertEquals("全年支出 年初预算数(万元)", a.label());
    assertEquals("万元", a.unit());
    assertEquals("基本支出 全年预算数(万元)", amount(f, "891.47").label());
    assertTrue(f.amounts().stream().noneMatch(x -> x.value().toPlainString().equals("18577.58")
        && x.label().contains("实际支出数")), "no unit stated for 实际支出数");
    assertTrue(f.amounts().stream().noneMatch(x -> x.value().toPlainString().equals("9")));
    assertEquals("元", amount(f, "5000").unit());
    assertTrue(f.amounts().stream().noneMatch(x -> x.value().toPlainString().equals("300")));
    Amount yi = amount(f, "1.2");
    assertEquals("亿元", yi.unit());
    assertEquals("支出", yi.label());
  }

  @Test
  void tableRowLabelResolvedUpwardThroughEmptyCells() {
    ReportScope s = Docs.scope("""
        单位：万元
        类别\t项目\t金额
        基本支出\t人员经费\t486.52
        \t\t109.87
        """);
    Figures f = scanner.scan(s);
    assertEquals("人员经费 金额", amount(f, "486.52").label());
    assertEquals("人员经费 金额", amount(f, "109.87").label());
  }

  /**
   * A performance-target form (label value label value), laid out as the 财政项目支出绩效目标填报表
   * of a district budget: each value is labelled by the label right before it, and a date row above
   * is no column header.
   */
  @Test
  void formRowsLabelEachValueByTheLabelBeforeIt() {
    ReportScope s = Docs.scope("""
        单位：元
        项目名称\t公共服务设施运行经费\t项目类别\t其他运转类
        计划开始日期\t2023-01-01\t计划完成日期\t2023-12-31
        项目资金（元）\t10,903,043.00\t年度资金申请总额\t10,903,043.00
        其中：财政资金\t10,903,043.00\t其中：当年财政拨款\t11,419,043.00
        \t\t上年结转资金\t0.00
        其他资金\t0.00\t其他资金\t0.00
        """);
    Figures f = scanner.scan(s);
    assertEquals(List.of("项目资金(元)", "年度资金申请总额"), labels(f, "10,903,043.00", 0, 2));
    assertEquals(List.of("当年财政拨款"), labels(f, "11,419,043.00", 0, 1));
    Amount carried = f.amounts().stream().filter(a -> a.location().row() == 4).findFirst()
        .orElseThrow();
    assertEquals("上年结转资金", carried.label());
    assertEquals("元", amount(f, "11419043.00").unit());
  }

  /** The two sides of a 收入支出决算总表 row, and 科目编码 | 科目名称 | amount rows. */
  @Test
  void valuesAfterALabelInTheRowTakeThatLabel() {
    ReportScope s = Docs.scope("""
        单位：万元
        收入\t决算数\t支出\t决算数
        一、一般公共预算财政拨款收入\t307.82\t一、一般公共服务支出\t264.87
        二、其他收入\t—\t二、住房保障支出\t29.42
        ---
        单位：万元
        科目编码\t科目名称\t本年支出合计
        208\t社会保障和就业支出\t10.82
        20805\t行政事业单位养老支出\t10.82
        """);
    Figures f = scanner.scan(s);
    assertEquals("一般公共预算财政拨款收入 决算数", amount(f, "307.82").label());
    assertEquals("一般公共服务支出 决算数", amount(f, "264.87").label());
    assertEquals("住房保障支出 决算数", amount(f, "29.42").label());
    assertEquals(List.of("社会保障和就业支出 本年支出合计", "行政事业单位养老支出 本年支出合计"),
        labels(f, "10.82", 0, 2));
    // the codes are no amounts: their column is headed 科目编码
    assertTrue(f.amounts().stream().noneMatch(a -> a.text().equals("208") || a.text().equals("20805")),
        f.amounts().toString());
  }

  /** The labels of the amounts written {@code text}, in order, {@code from .. to}. */
  private static List<String> labels(Figures f, String text, int from, int to) {
    List<String> all = f.amounts().stream().filter(a -> a.text().equals(text))
        .map(Amount::label).toList();
    assertTrue(all.size() >= to, text + " in " + f.amounts());
    return all.subList(from, to);
  }

  @Test
  void percentLabelsAndNoScoreCells() {
    Figures f = scanner.scan(Docs.scope("我中心固定资产利用率=320/320=100.00%，自评2分。"));
    assertEquals(1, f.quantities().size());
    assertTrue(f.quantities().get(0).label().startsWith("固定资产利用率"));
    assertEquals(new BigDecimal("100.00"), f.quantities().get(0).value());
    assertTrue(f.amounts().isEmpty());
  }
}
