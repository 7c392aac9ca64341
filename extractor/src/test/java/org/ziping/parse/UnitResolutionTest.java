package org.ziping.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ziping.report.Report;
import org.ziping.report.UnitEvidence;
import org.ziping.testing.Docs;

/**
 * Unit and year as one explained decision ({@link UnitResolution}) on title, header, field and
 * signature layouts written after published self-evaluation pages (docs/real-reports-studied.md,
 * "Unit and year layouts"): the unit is the body the report is about, never an internal division,
 * never the finance bureau that publishes a collection, never a project or centre named in the
 * body; the year stands in the title, a field, a year line or the opening's 20XX年度. Each case pins
 * the unit, the year and the source of the winning unit candidate in {@code unitEvidence}.
 */
class UnitResolutionTest {

  /** One layout: the page as copied, the unit, the year and the source that must win. */
  record Layout(String name, String text, String unit, Integer year, String source) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Layout> layouts() {
    return Stream.of(
        new Layout("title-unit-year-department", """
            某市民政局2023年度部门整体支出绩效自评报告
            一、部门基本情况
            本局内设科室8个。
            """, "某市民政局", 2023, "title"),
        new Layout("title-guanyu-form", """
            关于仁寿县人力资源和社会保障局2023年度部门整体支出绩效自评报告
            一、基本情况
            我局内设股室10个，2024年将继续推进。
            """, "仁寿县人力资源和社会保障局", 2023, "title"),
        new Layout("title-unit-then-guanyu", """
            某县卫生健康局关于2022年度项目支出绩效自评情况的报告
            一、项目概况
            """, "某县卫生健康局", 2022, "title"),
        new Layout("letterhead-line-above-title", """
            仁寿县人力资源和社会保障局
            部门整体支出绩效自评报告
            一、部门基本情况
            2023年度，我局共有在职人员45人。2024年工作打算：2024年继续。2024年完善。
            """, "仁寿县人力资源和社会保障局", 2023, "title"),
        new Layout("filled-by-a-division", """
            广西壮族自治区人力资源和社会保障厅2023年度部门整体支出绩效自评报告
            填报单位：厅规划财务处
            一、部门基本情况
            本厅内设机构18个。
            """, "广西壮族自治区人力资源和社会保障厅", 2023, "title"),
        new Layout("division-signs-the-report", """
            某省科学技术厅2022年度部门整体支出绩效自评报告
            一、部门基本情况
            本厅内设处室15个。
            二、自评结论
            自评得分92分。
            规划财务处
            2023年4月10日
            """, "某省科学技术厅", 2022, "title"),
        new Layout("division-as-page-source", """
            来源：财务科
            2018年度部门整体支出绩效评价自评报告
            部门（单位）名称：某市城市管理监督指挥中心
            预算编码：906017
            一、部门（单位）基本概况
            """, "某市城市管理监督指挥中心", 2018, "field"),
        new Layout("divisions-own-report", """
            某厅机关财务处2023年度项目支出绩效自评报告
            填报单位：机关财务处
            一、项目概况
            """, "机关财务处", 2023, "field"),
        new Layout("finance-bureau-publishes-collection", """
            发布机构：某县财政局
            发布日期：2024-05-10
            2023年度部门整体支出绩效自评报告
            一、部门基本情况
            某县人力资源和社会保障局是县政府工作部门，内设股室6个。
            二、预算执行情况
            2023年全年预算数500万元，实际支出480万元。
            """, "某县人力资源和社会保障局", 2023, "opening"),
        new Layout("finance-bureau-publisher-body-only", """
            发布机构：某县财政局
            部门整体支出绩效自评报告
            一、基本情况
            2023年度，某县人力资源和社会保障局全年支出480万元，某县人力资源和社会保障局完成就业培训1200人次。
            """, "某县人力资源和社会保障局", 2023, "body"),
        new Layout("finance-bureau-own-report", """
            发布机构：某县财政局
            某县财政局2023年度部门整体支出绩效自评报告
            一、部门基本情况
            """, "某县财政局", 2023, "title"),
        new Layout("finance-entrusts-third-party", """
            2021年度部门整体支出绩效评价报告
            某市财政局委托第三方机构对某市人力资源和社会保障局2021年度部门整体支出开展绩效评价。
            一、部门职能
            某市人力资源和社会保障局是某市人民政府组成部门，为正县级。
            """, "某市人力资源和社会保障局", 2021, "opening"),
        new Layout("project-centre-named-often", """
            2023年度部门整体支出绩效自评报告
            一、部门概况
            广东省科学技术厅是省政府组成部门，主要职能是推动科技创新。
            二、绩效目标完成情况
            推进国际科技创新中心建设，支持国际科技创新中心重大平台，国际科技创新中心核心区建设加快。粤港澳国际科技创新中心相关项目按期推进。
            """, "广东省科学技术厅", 2023, "opening"),
        new Layout("district-as-reporting-body", """
            临沂市兰山区2023年度城乡义务教育补助经费绩效自评报告
            一、基本情况
            全区安排资金3000万元，实际支出2900万元。
            """, "临沂市兰山区", 2023, "title-area"),
        new Layout("county-title-with-field", """
            某某县2023年度项目支出绩效自评报告
            填报单位：某某县医疗保障事务中心
            一、项目概况
            """, "某某县医疗保障事务中心", 2023, "field"),
        new Layout("page-title-field-names-unit", """
            标题：某区教育和体育局2022年度部门整体支出绩效自评报告
            发布日期：2023-06-01
            部门整体支出绩效自评报告
            一、部门基本情况
            我局负责全区教育工作。
            """, "某区教育和体育局", 2022, "header"),
        new Layout("publisher-names-unit", """
            发布机构：某县交通运输局
            成文日期：2023-04-20
            项目支出绩效自评报告
            一、项目基本情况
            2022年度，农村公路养护项目安排资金120万元。
            """, "某县交通运输局", 2022, "publisher"),
        new Layout("signature-only", """
            项目支出绩效自评报告
            一、项目概况
            2022年，本单位实施乡村振兴衔接项目。
            二、自评结论
            自评得分90分。
            某县水利局
            2023年3月15日
            """, "某县水利局", 2022, "signature"),
        new Layout("signature-and-date-one-line", """
            专项资金绩效自评报告
            一、资金概况
            2021年，本单位使用专项资金50万元。
            某县文化馆 2022年2月8日
            """, "某县文化馆", 2021, "signature"),
        new Layout("cover-unit-field", """
            2021年度部门整体支出
            绩效自评报告
            自评单位：某自治区人力资源和社会保障厅
            自评时间：2022年3月
            一、部门概述
            """, "某自治区人力资源和社会保障厅", 2021, "field"),
        new Layout("project-unit-field", """
            某新区财政支出项目绩效评价自评报告
            项目名称：低保专项
            项目单位：某新区民政局
            项目起止时间：2016年1月起至2016年12月止
            """, "某新区民政局", 2016, "field"),
        new Layout("budget-department-field-first", """
            项目支出绩效自评表
            （2023年度）
            预算主管部门：某市农业农村局
            项目实施单位：某市农业技术推广中心
            """, "某市农业农村局", 2023, "department-field"),
        new Layout("form-label-cells", """
            项目支出绩效自评表
            （2022年度）
            项目名称\t公共就业服务
            资金使用单位\t某区人力资源和社会保障局
            """, "某区人力资源和社会保障局", 2022, "field"),
        new Layout("unit-name-cell", """
            部门整体支出绩效自评表
            单位名称\t某县自然资源局
            评价年度：2024
            """, "某县自然资源局", 2024, "field"),
        new Layout("year-field-over-title-less", """
            某市残疾人联合会整体支出绩效自评报告
            评价年度：2022年度
            一、基本情况
            2023年计划继续开展康复服务，2023年加大投入，2023年推进。
            """, "某市残疾人联合会", 2022, "title"),
        new Layout("year-only-in-opening", """
            某县司法局部门整体支出绩效自评报告
            一、部门基本情况
            2023年度，我局内设股室7个。2024年重点工作：2024年完善法律援助，2024年推进调解，2024年加强普法。
            """, "某县司法局", 2023, "title"),
        new Layout("chinese-numeral-year-in-title", """
            某市档案馆二〇二二年度部门整体支出绩效自评报告
            一、部门基本情况
            """, "某市档案馆", 2022, "title"),
        new Layout("title-year-first", """
            2024年度某州数据发展中心项目支出绩效自评报告
            一、基本情况
            """, "某州数据发展中心", 2024, "title"),
        new Layout("title-split-over-two-lines", """
            2021年度西安市就业服务中心
            专项资金绩效评价报告
            一、基本情况
            """, "西安市就业服务中心", 2021, "title"),
        new Layout("committee-with-brackets", """
            中共某县委组织部2023年度部门整体支出绩效自评报告
            一、部门基本情况
            """, "中共某县委组织部", 2023, "title"),
        new Layout("township-government", """
            某镇人民政府2022年度项目支出绩效自评报告
            一、项目概况
            """, "某镇人民政府", 2022, "title"),
        new Layout("school-report", """
            某县第一中学2023年度部门整体支出绩效自评报告
            一、学校基本情况
            """, "某县第一中学", 2023, "title"),
        new Layout("hospital-report", """
            某市第二人民医院2023年度项目支出绩效自评报告
            一、项目概况
            """, "某市第二人民医院", 2023, "title"),
        new Layout("subject-sentence-with-abbreviation", """
            2023年度部门整体支出绩效自评报告
            一、部门概况
            某县人力资源和社会保障局（以下简称县人社局）是县政府工作部门。
            二、履职情况
            县人社局完成各项任务。
            """, "某县人力资源和社会保障局", 2023, "opening"),
        new Layout("opening-after-parent-document", """
            部门整体支出绩效自评报告
            根据某省财政厅《关于开展绩效自评工作的通知》要求，现将2023年度自评情况报告如下。
            一、部门基本情况
            某县农业农村局内设股室9个，在职人员60人。
            """, "某县农业农村局", 2023, "opening"),
        new Layout("opening-pronoun-is-not-a-name", """
            部门整体支出绩效评价报告
            一、部门的基本情况
            我中心内设机构5个。乐昌市社会保险基金管理中心部门预算编制合理。2022年乐昌市社会保险基金管理中心部门预算依据文件编制。
            """, "乐昌市社会保险基金管理中心", 2022, "body"),
        new Layout("source-field-names-unit", """
            来源：某县审计局
            发布时间：2023-05-06
            项目支出绩效自评报告
            一、项目概况
            2022年度审计业务经费20万元。
            """, "某县审计局", 2022, "page-source"),
        new Layout("region-fund-without-organisation", """
            某自治区2021年度农业生产发展资金绩效自评报告
            一、绩效目标分解下达情况
            全区农业生产发展资金合计671037万元。
            """, "某自治区", 2021, "title-area"),
        new Layout("cover-with-maker-line", """
            某市2019年度部门整体支出
            绩效评价自评报告
            部门（单位）名称：某市城市管理监督指挥中心
            报告日期：2020年06月18日
            某市财政局（制）
            """, "某市城市管理监督指挥中心", 2019, "field"),
        new Layout("year-line-under-form-title", """
            就业补助资金绩效自评表
            （2024年度）
            资金使用单位\t某区人力资源和社会保障局
            """, "某区人力资源和社会保障局", 2024, "field"),
        new Layout("furniture-title-gives-year", """
            标题：某县林业局2021年度项目支出绩效自评报告
            项目支出绩效自评报告
            一、项目概况
            本局实施森林防火项目，2022年继续，2022年完善。
            """, "某县林业局", 2021, "header"),
        new Layout("nothing-names-a-unit", """
            项目支出绩效自评报告
            一、项目概况
            2022年度，本项目安排资金30万元。
            """, null, 2022, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void unitYearAndTheWinningSource(Layout l) {
    Report r = new ReportParser().parse(Docs.of(l.text())).get(0);
    assertEquals(l.unit(), r.unit(), l.name() + ": " + r.unitEvidence());
    assertEquals(l.year(), r.year(), l.name() + ": " + r.unitEvidence());
    List<UnitEvidence> units = r.unitEvidence().stream().filter(e -> e.field().equals("unit"))
        .toList();
    List<UnitEvidence> chosen = units.stream().filter(UnitEvidence::chosen).toList();
    if (l.unit() == null) {
      assertTrue(chosen.isEmpty(), l.name() + ": " + units);
      return;
    }
    assertEquals(1, chosen.size(), l.name() + ": " + units);
    assertEquals(l.source(), chosen.get(0).source(), l.name() + ": " + units);
    assertEquals(l.unit(), chosen.get(0).value());
    assertFalse(chosen.get(0).reason().isBlank());
    List<UnitEvidence> years = r.unitEvidence().stream().filter(e -> e.field().equals("year"))
        .filter(UnitEvidence::chosen).toList();
    assertEquals(1, years.size(), l.name() + ": " + r.unitEvidence());
    assertEquals(String.valueOf(l.year()), years.get(0).value());
  }

  @Test
  void atLeastFortyLayouts() {
    assertTrue(layouts().count() >= 40);
  }

  @Test
  void rejectedCandidatesSayWhy() {
    Report r = new ReportParser().parse(Docs.of("""
        广西壮族自治区人力资源和社会保障厅2023年度部门整体支出绩效自评报告
        填报单位：厅规划财务处
        一、部门基本情况
        """)).get(0);
    UnitEvidence division = r.unitEvidence().stream()
        .filter(e -> "厅规划财务处".equals(e.value())).findFirst().orElseThrow();
    assertFalse(division.chosen());
    assertTrue(division.reason().contains("internal division"), division.reason());
    assertEquals("field", division.source());
    assertTrue(division.location() != null && division.location().start() > 0);
  }

  @Test
  void internalDivisions() {
    for (String d : List.of("厅规划财务处", "规划财务处", "财务科", "局办公室", "机关财务处", "人事股")) {
      assertTrue(UnitResolution.internalDivision(d), d);
    }
    for (String u : List.of("某市公路管理处", "某县政府办公室", "某县民政局", "某市第二人民医院",
        "某区人力资源和社会保障局")) {
      assertFalse(UnitResolution.internalDivision(u), u);
    }
  }

  @Test
  void chineseNumeralYearsKeepTheirOffsets() {
    String s = "二〇二三年度和二零二一年，二O二二年三月";
    String d = MetadataParser.arabicYears(s);
    assertEquals("2023年度和2021年，2022年三月", d);
    assertEquals(s.length(), d.length());
  }
}
