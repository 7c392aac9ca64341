package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.List;
import org.ziping.audit.AuditContext;
import org.ziping.audit.AuditRule;
import org.ziping.audit.Findings;
import org.ziping.audit.Severity;
import org.ziping.report.Finding;
import org.ziping.report.Report;

/**
 * UNIT_CONVERSION_MISMATCH (error): the same amount stated in 元 and in 万元/亿元 disagrees after
 * conversion.
 *
 * <p>Data: the keyed money figures of {@link org.ziping.audit.KeyedFigure} (amounts, and budget
 * table cells keyed by row label and column, so a prose "基本支出决算8914737.38元" meets the
 * table's 基本支出 实际支出数 891.47万元). Algorithm: {@link AmountConflicts} pairs in different units:
 * both converted to yuan intervals (891.47万元 = [8914650, 8914750]元), a finding when they do not
 * overlap. 002 states every budget figure both ways and all agree.
 *
 * <p>Limits: the labels must name the same measure and budget line (see
 * {@link org.ziping.audit.QuantityKey}); a 元 figure whose label lacks the measure is not matched.
 */
public final class UnitConversionMismatch implements AuditRule {
  public static final String ID = "UNIT_CONVERSION_MISMATCH";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(Report report, AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (AmountConflicts.Pair p : AmountConflicts.find(report)) {
      if (p.sameUnit()) {
        continue;
      }
      String msg = p.a().key().describe() + "：" + p.a().shown() + "与" + p.b().shown() + "换算后不一致（"
          + p.a().shown() + "折合区间" + p.a().yuan() + "元，" + p.b().shown() + "折合区间" + p.b().yuan() + "元）";
      out.add(Findings.of(ID, Severity.ERROR, ctx, msg, List.of(p.a().evidence(), p.b().evidence())));
    }
    return out;
  }
}
