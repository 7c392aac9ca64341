package org.ziping.parse.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.parse.ReportScope;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;
import org.ziping.report.BudgetRow;
import org.ziping.report.BudgetRowOrigin;
import org.ziping.report.Ratio;

/** Breakdowns, ratios and prose budget rows on seed sentences and other wordings. */
class RelationsTest {
  private static final String S000_INCOME = "2022年本部门收入预算 31546.18万元，比上年减少14840.94万元，下降32.00%，"
      + "其中1.一般公共预算财政拨款收入31536.34 万元，比上年减少14840.94万元，下降32.00%。 "
      + "2.其他收入9.84 万元，比上年增加0.40万元，增长4.24%。";
  private static final String S000_SPENDING = "2022年本部门支出预算31546.18万元，比上年减少14840.94万元，下降32.00%。"
      + "2022年一般公共预算拨款收入31536.34万元，其中社会保障就业支出31484.62万元，占99.84%。"
      + "2022年度预算年末支出执行数为31546.18万元，与年初预算对比增加了1754.93万元，增幅5.89%，"
      + "与上年执行数对比减少14840.54万元，减幅32%。";
  private static final String S000_SHARES = "2022年一般公共预算拨款收入31536.34万元，其中：基本支出573.44万元，"
      + "占比1.82%，行政事业类项目支出30962.9万元，占比98.18%。基本支出中，人员经费支出521.94万元，"
      + "占基本支出的91.02%，日常公用经费支出51.5万元，占基本支出的8.98%。";
  private static final String S004_LIST = """
      2022年年初申报4个项目，预算安排189万元，根据工作实际开展需要，调整后共安排8个项目，共计205.33万元，实际支出205.33万元。
      2022年专项资金年度财政拨款收入共计205.33万元，年度可用专项资金共计205.33万元；支出共计205.33万元，年末结余0.00万元，综合预算执行率100%，明细如下：
      (1) 社保经办机构工作经费年初预算安排126万元，本年支出124.78万元。
      (2) 社会保险基金防风险堵漏洞工作经费年初预算安排24万元，本年支出23.99万元。
      (3) 工伤专项业务工作经费年初预算安排33万元，本年支出33万元。
      (4)
      工伤预防工作经费年初预算安排6万元，本年支出6万元。
      (5)
      市本级企业养老保险全国统筹系统终端设备购置经费，调整预算9.75万元，本年支出9.75万元。
      (6)
      养老金告知短信服务费调整预算2万元，本年支出2万元。
      （7）机关事业单位养老保险清算经费调整预算5万元，本年支出5万元。
      （8）养老保险缴费补助和医疗保险缴费补助调整预算1.8万元，本年支出1.8万元。
      3、项目资金管理情况分析
      """;
  private static final String S004_RETIREES = "主要的经济效益：全市共调整退休人员养老保险待遇226345人，其中企业退休人员158134人，"
      + "平均月养老金增长116.12元，机关事业退休调待68211人，平均月养老金增长151.33元。";
  private static final String S003 = """
      2024 年年初收入预算数 34817.01 万元，其中：一般公共预算财政拨款 34800.93 万元，政府性基金预算 16.09 万元。2024 年年末收入决算数 9084.93 万元，其中一般公共预算财政拨款入 9071.93 万元，政府性基金预算 13 万元。
      部门整体支出情况
      2024 年年初支出预算数 34817.01 万元，其中：基本支出 1543.66 万元，项目支出 33273.36 万元。2024 年支出决算数 9137.21 万元，其中：基本支出 1546.73 万元，项目支出 7590.47 万元。
      """;
  private static final String S003_PROJECT = """
      2024 年湛江市本级机关事业单位养老保险财政补助资金预算计划安排 7000 万元，实际支出金额 7000 万元，按照规定的评价指标体系和标准进行了综合评价。
      2. 资金执行情况。2024年机关事业单位养老保险资金总缺口7000万元，市财政补助资金下达7000万元。截止2024年12月31日，已支出7000万元，执行率100%。
      """;

  private record Found(Figures figures, List<Breakdown> breakdowns, List<Ratio> ratios,
                       List<BudgetRow> rows) {}

  private static Found run(String text) {
    ReportScope s = Docs.scope(text);
    Figures f = new FigureScanner().scan(s);
    return new Found(f, new BreakdownFinder().find(s, f), new RatioFinder().find(s, f),
        new ProseBudgetFinder().find(s, f));
  }

  private static List<String> values(List<Amount> as) {
    return as.stream().map(a -> a.value().toPlainString()).toList();
  }

  private static BigDecimal sum(List<Amount> as) {
    return as.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The audit's recomputation: share = part/whole, change = delta/(current -/+ delta). */
  private static BigDecimal recompute(Ratio r, int scale) {
    BigDecimal part = r.part().yuan();
    BigDecimal whole = r.whole().yuan();
    if (r.kind().equals("change")) {
      whole = r.increase() ? whole.subtract(part) : whole.add(part);
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, scale, RoundingMode.HALF_UP);
  }

  // ------------------------------------------------------------------ breakdowns

  @Test
  void seed000IncomeIsTotalOfNumberedPartsWithoutTheChanges() {
    Found f = run(S000_INCOME);
    assertEquals(1, f.breakdowns().size(), f.breakdowns().toString());
    Breakdown b = f.breakdowns().get(0);
    assertEquals("qizhong", b.kind());
    assertEquals("31546.18", b.total().value().toPlainString());
    assertEquals(List.of("31536.34", "9.84"), values(b.parts()));
    assertEquals(0, sum(b.parts()).compareTo(b.total().value()));
  }

  @Test
  void seed000ProcurementPartsIncludeZero() {
    Found f = run("我中心2022政府采购预算4.98万元，其中货物计划采购支出2.08万元，工程计划采购支出0万元，"
        + "服务支出2.09万元。一般公共预算支出4.98万元。自评2分。");
    assertEquals(1, f.breakdowns().size());
    Breakdown b = f.breakdowns().get(0);
    assertEquals("4.98", b.total().value().toPlainString());
    assertEquals(List.of("2.08", "0", "2.09"), values(b.parts()));
  }

  @Test
  void seed001AndSeed003Qizhong() {
    Found f1 = run("2021年区社保中心支出为596.39万元，其中：工资福利支出478.66万元、商品和服务支出109.87万元、"
        + "对个人和家庭的补助支出7.86万元。");
    assertEquals(List.of("478.66", "109.87", "7.86"), values(f1.breakdowns().get(0).parts()));
    assertEquals("596.39", f1.breakdowns().get(0).total().value().toPlainString());
    Found f3 = run(S003);
    List<String> totals = f3.breakdowns().stream().map(b -> b.total().value().toPlainString()).toList();
    assertEquals(List.of("34817.01", "9084.93", "34817.01", "9137.21"), totals);
    assertEquals(List.of("34800.93", "16.09"), values(f3.breakdowns().get(0).parts()));
    assertEquals(List.of("1546.73", "7590.47"), values(f3.breakdowns().get(3).parts()));
  }

  @Test
  void qizhongOpeningTheNextSentenceRefersToThePreviousTotal() {
    Found f = run("2023年年初预算共计176975384.52元。其中：基本支出预算4533869.52元，项目支出预算172441515元。");
    assertEquals(1, f.breakdowns().size());
    assertEquals("176975384.52", f.breakdowns().get(0).total().value().toPlainString());
    assertEquals(0, sum(f.breakdowns().get(0).parts()).compareTo(f.breakdowns().get(0).total().value()));
  }

  @Test
  void seed004CountsBreakdownIsAWholePartRelationOfCounts() {
    Found f = run(S004_RETIREES);
    assertEquals(1, f.breakdowns().size(), f.breakdowns().toString());
    Breakdown b = f.breakdowns().get(0);
    assertEquals("226345", b.total().value().toPlainString());
    assertEquals("人", b.total().unit());
    assertNull(b.total().yuan());
    assertEquals(List.of("158134", "68211"), values(b.parts()));
    assertEquals(0, sum(b.parts()).compareTo(b.total().value()));
  }

  @Test
  void seed004SpendingListAddsUpTo20632AgainstTotal20533() {
    Found f = run(S004_LIST);
    List<Breakdown> lists = f.breakdowns().stream().filter(b -> b.kind().equals("list")).toList();
    assertEquals(1, lists.size(), f.breakdowns().toString());
    Breakdown b = lists.get(0);
    assertEquals("205.33", b.total().value().toPlainString());
    assertEquals(List.of("124.78", "23.99", "33", "6", "9.75", "2", "5", "1.8"), values(b.parts()));
    assertEquals(0, new BigDecimal("206.32").compareTo(sum(b.parts())));
  }

  @Test
  void inlineNumberedListInOneParagraph() {
    Found f = run("2023年专项资金支出共计300万元，具体如下：(1)宣传经费本年支出100万元；(2)培训经费本年支出150万元；"
        + "(3)设备购置本年支出50万元。");
    Breakdown b = f.breakdowns().stream().filter(x -> x.kind().equals("list")).findFirst().orElseThrow();
    assertEquals(List.of("100", "150", "50"), values(b.parts()));
    assertEquals("300", b.total().value().toPlainString());
  }

  @Test
  void noBreakdownWithoutAStatedWholePartRelation() {
    Found f = run("2022年本部门支出预算31546.18万元，比上年减少14840.94万元，下降32.00%。"
        + "2022年一般公共预算拨款收入31536.34万元，其中社会保障就业支出31484.62万元，占99.84%。"
        + "市本级定期发放养老待遇 11435 人次，其中为退休“中人” 2250 人启动了新办法。");
    assertTrue(f.breakdowns().isEmpty(), f.breakdowns().toString());
  }

  @Test
  void partsStatingFundsReceivedAndSpentPerItemAreNoBreakdownOfTheSpending() {
    // two measures per item: summing all four figures against the spending was a false alarm
    Found f = run("截至2024年12月31日，项目实际支出390.18万元，预算执行率为94.59%。其中展厅运维经费到位"
        + "120.00万元，支出118.60万元；政务数据平台建设经费到位292.50万元，支出271.58万元。");
    assertTrue(f.breakdowns().isEmpty(), f.breakdowns().toString());
    // the same measure in every part still makes one
    Found g = run("全年实际到位资金412.50万元，其中展厅运维经费到位120.00万元，政务数据平台建设经费到位"
        + "292.50万元。");
    assertEquals(1, g.breakdowns().size(), g.breakdowns().toString());
    assertEquals(List.of("120.00", "292.50"), values(g.breakdowns().get(0).parts()));
    // a budget total whose parts state what arrived
    Found h = run("年初预算860万元，其中省级资金到位500万元，市级资金到位200万元。");
    assertTrue(h.breakdowns().isEmpty(), h.breakdowns().toString());
  }

  @Test
  void tableTotalRowAndItsQizhongRows() {
    Found f = run("""
        部门整体支出\t年初预算数（万元）\t全年预算数（万元）\t实际支出数（万元）\t执行率
        全年支出\t17697.54\t18577.58\t18577.58\t104.97%
        其中：基本支出\t453.39\t891.47\t891.47\t196.62%
        项目支出\t17244.15\t17686.11\t17686.11\t102.56%
        """);
    List<Breakdown> t = f.breakdowns().stream().filter(b -> b.kind().equals("table")).toList();
    assertEquals(3, t.size());
    assertEquals("17697.54", t.get(0).total().value().toPlainString());
    assertEquals(List.of("453.39", "17244.15"), values(t.get(0).parts()));
    assertEquals(List.of("891.47", "17686.11"), values(t.get(2).parts()));
  }

  // ------------------------------------------------------------------ ratios

  @Test
  void seed000SharesHaveTheirPartAndWholeAndRecomputeToTheDeclaredFigure() {
    Found f = run(S000_SPENDING + "\n" + S000_SHARES);
    List<Ratio> shares = f.ratios().stream().filter(r -> r.kind().equals("share")).toList();
    assertEquals(5, shares.size(), shares.toString());
    String[][] expected = {{"31484.62", "31536.34", "99.84"}, {"573.44", "31536.34", "1.82"},
        {"30962.9", "31536.34", "98.18"}, {"521.94", "573.44", "91.02"}, {"51.5", "573.44", "8.98"}};
    for (int i = 0; i < expected.length; i++) {
      Ratio r = shares.get(i);
      assertEquals(expected[i][0], r.part().value().toPlainString());
      assertEquals(expected[i][1], r.whole().value().toPlainString());
      assertEquals(expected[i][2], r.declared().toPlainString());
      assertEquals(0, r.declared().compareTo(recompute(r, r.declared().scale())), r.toString());
    }
    assertEquals("基本支出", shares.get(3).whole().label());
  }

  @Test
  void seed000ChangesHaveDeltaAndCurrent() {
    Found f = run(S000_INCOME + "\n" + S000_SPENDING);
    List<Ratio> changes = f.ratios().stream().filter(r -> r.kind().equals("change")).toList();
    Ratio first = changes.get(0);
    assertEquals("14840.94", first.part().value().toPlainString());
    assertEquals("31546.18", first.whole().value().toPlainString());
    assertFalse(first.increase());
    assertEquals("32.00", first.declared().toPlainString());
    Ratio other = changes.stream().filter(r -> r.declared().toPlainString().equals("4.24"))
        .findFirst().orElseThrow();
    assertTrue(other.increase());
    assertEquals("0.40", other.part().value().toPlainString());
    assertEquals("9.84", other.whole().value().toPlainString());
    assertEquals(0, other.declared().compareTo(recompute(other, 2)));
    Ratio vsInitial = changes.stream().filter(r -> r.declared().toPlainString().equals("5.89"))
        .findFirst().orElseThrow();
    assertEquals("1754.93", vsInitial.part().value().toPlainString());
    assertEquals("31546.18", vsInitial.whole().value().toPlainString());
    assertTrue(vsInitial.increase());
    assertEquals(0, vsInitial.declared().compareTo(recompute(vsInitial, 2)));
  }

  @Test
  void rateFiguresFromEarlierSentencesOfItsParagraph() {
    Found f = run("2023年全年预算数为860万元。全年实际支出817万元。预算执行率为95%。");
    Ratio rate = f.ratios().stream().filter(r -> r.kind().equals("rate")).findFirst().orElseThrow();
    assertEquals("817", rate.part().value().toPlainString());
    assertEquals("860", rate.whole().value().toPlainString());
  }

  @Test
  void rateWithItsDivisionStatedInItsParenthesis() {
    // the operands stand only in the rate's own parenthesis, after it, whatever their words
    Found f = run("2023年部门收入预算2,145.60万元。\n本年预算执行率97.80%（支出决算2,098.45万元÷收入预算"
        + "2,145.60万元）。");
    Ratio rate = f.ratios().stream().filter(r -> r.kind().equals("rate")).findFirst().orElseThrow();
    assertEquals("2098.45", rate.part().value().toPlainString());
    assertEquals("支出决算", rate.part().label());
    assertEquals("2145.60", rate.whole().value().toPlainString());
    assertEquals("收入预算", rate.whole().label());
    assertEquals("97.80", rate.declared().toPlainString());
    Found slash = run("资金执行率为96%（实际支出96万元/全年预算100万元）。");
    Ratio r2 = slash.ratios().stream().filter(r -> r.kind().equals("rate")).findFirst().orElseThrow();
    assertEquals("96", r2.part().value().toPlainString());
    assertEquals("100", r2.whole().value().toPlainString());
    // no division stated, or more than two sums: not a formula
    assertTrue(run("预算执行率95%（其中基本支出50万元，项目支出45万元）。").ratios().isEmpty());
    assertTrue(run("预算执行率96%（预算100万元÷支出96万元÷结余4万元）。").ratios().isEmpty());
    assertTrue(run("资金使用率96%（补助标准500元/人，共发放96万元）。").ratios().isEmpty(),
        "a rate per person and a sum are no division");
  }

  /**
   * A text with no line breaks is one paragraph run: a rate whose own and three previous sentences
   * name no figure is not paired with the figures of unrelated sentences above them.
   */
  @Test
  void rateOfAnEndlessLineIsNotPairedWithFarFigures() {
    StringBuilder line = new StringBuilder("培训项目全年预算数为500万元，实际支出120万元。");
    for (int i = 0; i < 6; i++) {
      line.append("第").append(i + 1).append("季度组织业务培训，参训人员反映良好。");
    }
    line.append("本单位整体预算执行率为98.5%。");
    Found f = run(line.toString());
    assertTrue(f.ratios().stream().noneMatch(r -> r.kind().equals("rate")), f.ratios().toString());
  }

  @Test
  void otherWordingsOfSharesChangesAndRates() {
    Found f = run("2023年总支出800万元，其中培训支出280万元，占总支出的35%。"
        + "办公经费120万元，较上年增加13.33万元，较上年增长12.5%。"
        + "全年预算数为1,200.5万元，实际支出1,100万元，预算执行率91.63%。"
        + "基金总收入 313.53 亿元，同比增长 5.35%。");
    Ratio share = f.ratios().stream().filter(r -> r.kind().equals("share")).findFirst().orElseThrow();
    assertEquals("280", share.part().value().toPlainString());
    assertEquals("800", share.whole().value().toPlainString());
    Ratio change = f.ratios().stream().filter(r -> r.kind().equals("change")).findFirst().orElseThrow();
    assertEquals("13.33", change.part().value().toPlainString());
    assertEquals("120", change.whole().value().toPlainString());
    assertTrue(change.increase());
    Ratio rate = f.ratios().stream().filter(r -> r.kind().equals("rate")).findFirst().orElseThrow();
    assertEquals("1100", rate.part().value().toPlainString());
    assertEquals("1200.5", rate.whole().value().toPlainString());
    assertEquals("91.63", rate.declared().toPlainString());
    assertEquals(3, f.ratios().size(), "同比增长5.35% has no amount of change: " + f.ratios());
  }

  @Test
  void seed004RateFromActualAndAvailableFunds() {
    Found f = run(S004_LIST);
    Ratio rate = f.ratios().stream().filter(r -> r.kind().equals("rate")).findFirst().orElseThrow();
    assertEquals("205.33", rate.part().value().toPlainString());
    assertEquals("205.33", rate.whole().value().toPlainString());
    assertEquals("100", rate.declared().toPlainString());
  }

  // ------------------------------------------------------------------ prose budget rows

  private static BudgetRow row(Found f, String label) {
    return f.rows().stream().filter(r -> r.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label + " in " + f.rows()));
  }

  @Test
  void seed004ItemRows() {
    Found f = run(S004_LIST);
    BudgetRow r1 = row(f, "社保经办机构工作经费");
    assertEquals("126", r1.initialBudget().toPlainString());
    assertEquals("124.78", r1.actual().toPlainString());
    assertNull(r1.fullYearBudget());
    assertEquals("99.03", r1.recomputedRate().toPlainString());
    assertEquals(BudgetRowOrigin.PROSE, r1.origin());
    assertEquals("万元", r1.unit());
    BudgetRow r5 = row(f, "市本级企业养老保险全国统筹系统终端设备购置经费");
    assertEquals("9.75", r5.fullYearBudget().toPlainString());
    assertEquals("9.75", r5.actual().toPlainString());
    assertNull(r5.initialBudget());
    assertEquals("2", row(f, "养老金告知短信服务费").fullYearBudget().toPlainString());
    assertEquals(9, f.rows().size(), f.rows().toString());
    BudgetRow all = f.rows().get(0);
    assertEquals("189", all.initialBudget().toPlainString());
    assertEquals("205.33", all.fullYearBudget().toPlainString());
    assertEquals("205.33", all.actual().toPlainString());
    assertEquals("100", all.declaredRate().toPlainString(), "restated row merged: " + f.rows());
  }

  @Test
  void seed003OverallAndProjectRows() {
    Found f = run(S003);
    assertEquals(1, f.rows().size(), f.rows().toString());
    BudgetRow r = f.rows().get(0);
    assertEquals("部门整体支出", r.label());
    assertEquals("34817.01", r.initialBudget().toPlainString());
    assertEquals("9137.21", r.actual().toPlainString());
    assertEquals("26.24", r.recomputedRate().toPlainString());
    Found p = run(S003_PROJECT);
    assertEquals(1, p.rows().size(), p.rows().toString());
    BudgetRow pr = p.rows().get(0);
    assertEquals("湛江市本级机关事业单位养老保险财政补助资金", pr.label());
    assertEquals("7000", pr.initialBudget().toPlainString());
    assertEquals("7000", pr.actual().toPlainString());
    assertEquals("100", pr.declaredRate().toPlainString());
    assertEquals("100.00", pr.recomputedRate().toPlainString());
  }

  @Test
  void otherWordingRowWithFullYearBudgetAndDeclaredRate() {
    Found f = run("培训项目全年预算数为1,200.5万元，实际支出1,100万元，预算执行率91.63%。"
        + "宣传项目年初预算100万元，调整预算80万元，实际支出80万元。");
    BudgetRow r = row(f, "培训项目");
    assertEquals("1200.5", r.fullYearBudget().toPlainString());
    assertEquals("1100", r.actual().toPlainString());
    assertEquals("91.63", r.declaredRate().toPlainString());
    assertEquals("91.63", r.recomputedRate().toPlainString());
    BudgetRow w = row(f, "宣传项目");
    assertEquals("100", w.initialBudget().toPlainString());
    assertEquals("80", w.fullYearBudget().toPlainString());
    assertEquals("100.00", w.recomputedRate().toPlainString());
  }

  @Test
  void seed002RowsAcrossSentencesAndAPageBreak() {
    Found f = run("2023年年初预算共计176975384.52元。其中：基本支出预算4533869.52元，项目支出预算172441515元。"
        + "**执行情况：**2023\n年决算共计185775842.26元。其中基本支出决算8914737.38元，项目支出决算数176861104.88元。");
    assertEquals(3, f.rows().size(), f.rows().toString());
    BudgetRow total = f.rows().get(0);
    assertEquals("176975384.52", total.initialBudget().toPlainString());
    assertEquals("185775842.26", total.actual().toPlainString());
    assertEquals("元", total.unit());
    assertEquals("8914737.38", row(f, "基本支出").actual().toPlainString());
    assertEquals("172441515", row(f, "项目支出").initialBudget().toPlainString());
  }

  @Test
  void noRowFromIncomeOrChangeFigures() {
    Found f = run("2024 年年初收入预算数 34817.01 万元。2024 年年末收入决算数 9084.93 万元。"
        + "支出预算31546.18万元，比上年减少14840.94万元。");
    assertTrue(f.rows().isEmpty(), f.rows().toString());
  }
}
