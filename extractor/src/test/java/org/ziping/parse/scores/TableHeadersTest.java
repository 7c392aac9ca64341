package org.ziping.parse.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.model.Block;

class TableHeadersTest {
  @Test
  void rolesByHeaderWords() {
    assertEquals(ColumnRole.LEVEL3, TableHeaders.roleOf("三级指标"));
    assertEquals(ColumnRole.LEVEL3, TableHeaders.roleOf("指标名称"));
    assertEquals(ColumnRole.TARGET, TableHeaders.roleOf("年度指标值"));
    assertEquals(ColumnRole.TARGET, TableHeaders.roleOf("预期目标"));
    assertEquals(ColumnRole.ACTUAL, TableHeaders.roleOf("实际完成值"));
    assertEquals(ColumnRole.ACTUAL, TableHeaders.roleOf("目标实际完成情况"));
    assertEquals(ColumnRole.MAX_SCORE, TableHeaders.roleOf("分 值"));
    assertEquals(ColumnRole.MAX_SCORE, TableHeaders.roleOf("权重"));
    assertEquals(ColumnRole.SCORE, TableHeaders.roleOf("自评得分"));
    assertEquals(ColumnRole.SCORE, TableHeaders.roleOf("自评分"));
    assertEquals(ColumnRole.CRITERIA, TableHeaders.roleOf("评分标准"));
    assertEquals(ColumnRole.NOTE, TableHeaders.roleOf("偏差原因分析及改进措施"));
    assertEquals(ColumnRole.NOTE, TableHeaders.roleOf("扣分原因和其他说明"));
    assertEquals(ColumnRole.INITIAL_BUDGET, TableHeaders.roleOf("年初预算数（万元）"));
    assertEquals(ColumnRole.FULL_YEAR_BUDGET, TableHeaders.roleOf("调整后预算数"));
    assertEquals(ColumnRole.SPENT, TableHeaders.roleOf("实际支出数（万元）"));
    assertEquals(ColumnRole.SPENT, TableHeaders.roleOf("决算数"));
    assertEquals(ColumnRole.DECLARED_RATE, TableHeaders.roleOf("预算执行率"));
    assertNull(TableHeaders.roleOf("部门（单位）整体支出"));
    assertNull(TableHeaders.roleOf("推进全面小康建设指标任务完成情况"));
    assertEquals("万元", TableHeaders.unitOf("年初预算数（万元）"));
    assertNull(TableHeaders.unitOf("执行率（%）"));
  }

  @Test
  void headerRowsSwitchSections() {
    var scope = TestDocs.create().table("""
        年度资金预算情况\t部门（单位）整体支出\t年初预算数（万元）\t全年预算数（万元）\t实际支出数（万元）\t执行率\t分值\t得分
        \t全年支出\t10\t10\t10\t100%\t10\t10
        一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
        产出\t数量\t人数\t100\t100\t10\t10\t
        """).scope();
    Block t = scope.tables().get(0);
    List<TableHeaders.Section> s = TableHeaders.sections(t.table());
    assertEquals(2, s.size());
    assertEquals(1, s.get(0).firstRow());
    assertEquals(2, s.get(0).endRow());
    assertEquals("万元", s.get(0).header().unit());
    assertEquals(2, s.get(0).header().col(ColumnRole.INITIAL_BUDGET));
    assertEquals(6, s.get(0).header().col(ColumnRole.MAX_SCORE));
    assertTrue(s.get(1).header().has(ColumnRole.LEVEL3));
    assertEquals(7, s.get(1).header().col(ColumnRole.NOTE));
    assertTrue(TableHeaders.header(t.table(), 1).isEmpty());
  }
}
