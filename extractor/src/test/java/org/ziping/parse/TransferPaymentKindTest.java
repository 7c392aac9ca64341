package org.ziping.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ziping.report.DocumentKind;
import org.ziping.report.KindEvidence;
import org.ziping.report.Report;
import org.ziping.testing.Docs;

/**
 * Transfer-payment self-evaluations are special (专项资金), not project, and the evidence names the
 * phrase that made them so; an ordinary project's form stays project whatever money its body names.
 * Titles and openings follow the pages studied for issue 19 (docs/real-reports-studied.md #12, #155
 * to #163), in our own words; each case is a title line, an opening line of the body and a scored
 * statement.
 */
class TransferPaymentKindTest {

  private static Report parse(String title, String body) {
    return new ReportParser().parse(Docs.of(title + "\n" + body + "\n经自评，综合得分92分。")).get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the title names the transfer payment
      "某县2021年中央食品监管专项转移支付绩效自评报告|为规范转移支付资金管理，我局对补助资金开展自评。|special|专项转移支付",
      "某省水污染防治专项转移支付2017年度绩效自评报告|一、基本情况|special|专项转移支付",
      "某县省级彩票公益金转移支付2023年度绩效自评报告|一、资金下达情况|special|转移支付",
      "某县交通运输局2021年度燃油税转移支付资金项目绩效自评报告|一、项目概况|special|转移支付",
      // a fund that is a transfer by its name, even before 项目支出 in the same title
      "某县医疗保障局2023年度城乡医疗救助补助资金绩效自评报告|一、资金安排|special|补助资金",
      "某县林业和草原局2023年退化林修复补助资金项目支出绩效自评报告|一、项目概况|special|补助资金",
      "就业补助资金绩效自评表|转移支付（项目）名称：就业补助资金|special|补助资金",
      "2020年度县级专项资金绩效目标自评表|专项资金名称：县级储备粮|special|专项资金",
      // a title that names no kind: the body's template or words decide, and are quoted
      "某县2020年农村公路安保工程绩效自评报告|一、绩效目标分解下达情况|special|绩效目标分解下达",
      "某县2022年度农村饮水安全资金绩效自评报告|本年收到中央水利发展补助资金120万元。|special|补助资金",
      // ordinary projects: the title names a project, whatever paid for it
      "某县教育局2023年度项目支出绩效自评表|学生资助项目资金来源为上级补助资金。|project|项目支出",
      "某县2021年村组道路建设项目绩效自评报告|资金来源为衔接推进乡村振兴补助资金和县级专项扶贫资金。|project|项目绩效",
      "某区某乡2022年垃圾转运站提升改造项目绩效自评报告|本项目由转移支付资金安排。|project|项目绩效",
      "某市林业和草原局2021年度项目绩效自评报告|（市级森林防火“三三制”补助经费项目）|project|项目绩效",
      // a department's report mentioning transfers it passed on stays a department's
      "某县民政局2023年度部门整体支出绩效自评报告|对下转移支付项目2个，资金40万元。|department|部门整体"})
  void kindAndThePhraseThatDecidedIt(String title, String body, String kind, String phrase) {
    Report r = parse(title, body);
    assertEquals(DocumentKind.fromJson(kind), r.kind(), r.kindEvidence().toString());
    assertTrue(r.kindEvidence().stream().filter(e -> e.signal().equals(kind))
        .map(KindEvidence::text).anyMatch(t -> t.contains(phrase)), r.kindEvidence().toString());
  }
}
