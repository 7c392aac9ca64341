package org.ziping.audit.rule;

import org.ziping.audit.RuleId;
import org.ziping.report.Severity;

/**
 * UNIT_CONVERSION_MISMATCH (error): the same amount stated in 元 and in 万元/亿元 disagrees after
 * conversion.
 *
 * <p>Data: the money {@link org.ziping.report.Fact}s of the report (amounts, and budget table
 * cells keyed by row label and column, so a prose "基本支出决算8914737.38元" meets the table's
 * 基本支出 实际支出数 891.47万元). Algorithm: {@link AmountConflicts} pairs in different units: both
 * converted to yuan intervals (891.47万元 = [8914650, 8914750]元), a finding when they do not
 * overlap. 002 states every budget figure both ways and all agree. Error: both sides are typed
 * facts of the same subject, measure and year whose intervals do not overlap.
 *
 * <p>Limits: the labels must name the same measure and budget line (see
 * {@link org.ziping.parse.facts.LabelKey}); a 元 figure whose label lacks the measure is not matched.
 */
public final class UnitConversionMismatch extends AmountConflictRule {
  public UnitConversionMismatch() {
    super(RuleId.UNIT_CONVERSION_MISMATCH, Severity.ERROR, AmountConflicts::acrossUnits);
  }

  @Override
  String message(AmountConflicts.Pair p) {
    String a = AmountConflicts.shown(p.a());
    String b = AmountConflicts.shown(p.b());
    return p.description() + "：" + a + "与" + b + "换算后不一致（" + a + "折合区间"
        + p.a().interval() + "元，" + b + "折合区间" + p.b().interval() + "元）";
  }
}
