package org.ziping.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.DocumentKind;
import org.ziping.report.Report;
import org.ziping.testing.Corpus;
import org.ziping.testing.Docs;

/** Metadata in wordings other than the seeds'. */
class MetadataParserTest {

  private static List<Report> parse(String text) {
    return new ReportParser().parse(Docs.of(text));
  }

  @Test
  void labelledFieldsWin() {
    Report r = parse("""
        某某县2023年度项目支出绩效自评报告
        填报单位：某某县医疗保障事务中心
        单位编码：301002
        报告日期：2024年3月8日
        一、项目概况
        某某县医疗保障事务中心负责本项目。
        """).get(0);
    assertEquals("某某县医疗保障事务中心", r.unit());
    assertEquals(2023, r.year());
    assertEquals(DocumentKind.PROJECT, r.kind());
    assertEquals("2024-03-08", r.reportDate());
    assertEquals("301002", r.budgetCode());
  }

  @Test
  void unitFromTitleAndSignedDateAtTheEnd() {
    Report r = parse("""
        2021年度西安市就业服务中心
        专项资金绩效评价报告
        一、基本情况
        本中心2021年安排专项资金。
        西安市就业服务中心
        2022年4月1日
        """).get(0);
    assertEquals("西安市就业服务中心", r.unit());
    assertEquals(DocumentKind.SPECIAL, r.kind());
    assertEquals(2021, r.year());
    assertEquals("2022-04-01", r.reportDate());
  }

  @Test
  void twoReportsOfDifferentKindsSplitAndTheSecondInheritsTheUnit() {
    List<Report> rs = parse("""
        部门整体支出绩效自评报告
        评价单位：某市人力资源服务中心
        评价年度：2022年度
        一、基本情况
        正文一。
        二、自评结果
        正文二。
        三、问题
        正文三。
        项目支出绩效自评报告
        一、项目概况
        项目正文。
        """);
    assertEquals(2, rs.size());
    assertEquals(DocumentKind.DEPARTMENT, rs.get(0).kind());
    assertEquals(DocumentKind.PROJECT, rs.get(1).kind());
    assertEquals("某市人力资源服务中心", rs.get(1).unit());
  }

  @Test
  void parentCityIsNotTheUnit() {
    Report r = parse("""
        一、部门的基本情况
        贯彻执行国家、省和韶关市有关社会保险法律法规。
        南雄市就业服务中心部门预算编制合理。
        2022年南雄市就业服务中心部门预算依据文件编制。
        """).get(0);
    assertEquals("南雄市就业服务中心", r.unit());
    assertEquals(2022, r.year());
  }

  @Test
  void unitFromBudgetUnitField() {
    Report r = parse("""
        某某区2024年区级单位预算
        预算单位：某某区某某街道社区卫生服务中心
        一、单位主要职能
        本中心承担辖区基本医疗和公共卫生服务。
        """).get(0);
    assertEquals("某某区某某街道社区卫生服务中心", r.unit());
    assertEquals(2024, r.year());
  }

  @Test
  void unitFromTheSignatureWhenNothingElseNamesIt() {
    Report r = parse("""
        2022年度项目支出绩效自评报告
        一、项目概况
        本项目全年预算80.00万元，执行80.00万元，自评得分95分。
        某某市城市管理综合执法局
        2023年3月20日
        """).get(0);
    assertEquals("某某市城市管理综合执法局", r.unit());
    assertEquals("2023-03-20", r.reportDate());
  }

  @Test
  void aSentenceIsNeverTheUnit() {
    List<Report> rs = parse("""
        2022年度项目支出绩效自评报告
        填报单位：是本县预算主管部门及所属单位
        一、项目概况
        本项目主要原因是新增了机要局的工作任务，自评得分95分。
        """);
    assertEquals(null, rs.get(0).unit());
  }

  @Test
  void anAttachmentNameAsTitleLosesItsExtension() {
    Report r = parse("""
        2021年某某市发展和改革局部门整体支出绩效自评报告.pdf
        2021 年某某市发展和改革局整体支出 绩效自评报告
        一、部门基本情况
        我局设12个内设机构，经自评，综合得分92分。
        """).get(0);
    assertEquals("2021年某某市发展和改革局部门整体支出绩效自评报告", r.title());
    assertEquals("某某市发展和改革局", r.unit());
    assertEquals(DocumentKind.DEPARTMENT, r.kind());
    assertEquals(2021, r.year());
  }

  @Test
  void theYearLineUnderAFormTitle() {
    Report r = parse("""
        项目支出绩效自评表
        （2022年度）
        项目名称\t社区养老服务补助
        主管部门\t某某市民政局\t实施单位\t某某市社会福利中心
        年度资金总额\t50\t50\t49.5\t10\t99%\t9.9
        2023年3月完成资金清算，2023年4月上报自评结果，2023年5月公开。
        """).get(0);
    assertEquals(2022, r.year(), "the form's year line, not the later dates");
    assertEquals("某某市社会福利中心", r.unit());
    assertEquals(DocumentKind.PROJECT, r.kind());
  }

  /**
   * The body vote skips sentences {@link UnitNames#mayHoldName} rejects: on every sentence of the
   * corpus's text reports that it rejects, HanLP's place + organisation pairs hold no valid name,
   * so skipping them changes no vote that counts.
   */
  @Test
  void sentencesSkippedByTheBodyVoteHoldNoValidName() throws IOException {
    int rejected = 0;
    for (Path f : Corpus.files()) {
      if (!f.toString().endsWith(".txt")) {
        continue;
      }
      String text = Files.readString(f, StandardCharsets.UTF_8);
      for (String sentence : text.split("[。；\\n]")) {
        if (UnitNames.mayHoldName(sentence)) {
          continue;
        }
        rejected++;
        for (String name : MetadataParser.placedOrganisations(sentence)) {
          assertTrue(!UnitNames.valid(name), name + " in " + sentence);
        }
      }
    }
    assertTrue(rejected > 100, rejected + " sentences rejected");
  }
}
