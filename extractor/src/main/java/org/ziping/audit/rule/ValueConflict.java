package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ziping.audit.AuditContext;
import org.ziping.audit.AuditRule;
import org.ziping.audit.DecimalInterval;
import org.ziping.audit.Findings;
import org.ziping.audit.Lists;
import org.ziping.audit.Severity;
import org.ziping.audit.Target;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;
import org.ziping.report.Indicator;
import org.ziping.report.Quantity;
import org.ziping.report.Report;

/**
 * VALUE_CONFLICT (warning): the same quantity is stated with different values in one report.
 *
 * <p>Money: {@link AmountConflicts} pairs in the same unit (004: "2022年年初申报4个项目，预算安排189万元"
 * and "2022年度年初预算安排4个项目205.33万元" share the key 2022 · 年初预算 · 4项目). Keys are built
 * conservatively by {@link org.ziping.audit.QuantityKey}: a label must name the measure and its
 * object (budget line, project, count of projects or a totality word), not just a similar word.
 *
 * <p>Percentages: an indicator's 实际完成值 against a prose percent {@link Quantity}, or against
 * another indicator, with the same specific label (002: 服务对象满意度 98% in prose vs 94.9 in the
 * table). The label, without 的, years and verbs, must keep a subject once generic rate words
 * (执行率, 完成率, 满意度, 预算, 资金 …) are removed. Two prose percentages are never compared: clause
 * labels too often lose the qualifier that tells them apart (002 states 预算执行率 for fund income
 * and for fund spending in one sentence).
 */
public final class ValueConflict implements AuditRule {
  public static final String ID = "VALUE_CONFLICT";
  private static final Pattern CHANGE_OR_SHARE =
      Pattern.compile("增长|下降|增幅|减幅|降幅|提高|降低|比上年|同比|较上年|占|增加|减少");
  private static final Pattern GENERIC = Pattern.compile(
      "执行率|完成率|使用率|支出率|发放率|覆盖率|参保率|续保率|缴费率|到位率|增长率|满意度|知晓率|合格率|准确率|达标率"
          + "|完成比例|比例|比率|率|预算|资金|项目|综合|整体|总体|部门|年度|全年|本年|当年|目标|指标|绩效|工作|计划|任务|实际|完成值");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(Report report, AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (AmountConflicts.Pair p : AmountConflicts.find(report)) {
      if (!p.sameUnit()) {
        continue;
      }
      String msg = p.a().key().describe() + "前后不一致：" + p.a().shown() + "与" + p.b().shown() + "（区间"
          + DecimalInterval.ofShown(p.a().amount().value()) + "与" + DecimalInterval.ofShown(p.b().amount().value())
          + "不重叠）";
      out.add(Findings.of(ID, Severity.WARNING, ctx, msg, List.of(p.a().evidence(), p.b().evidence())));
    }
    percentConflicts(report, ctx, out);
    return out;
  }

  private record Pct(String key, String label, java.math.BigDecimal value, boolean indicator, Evidence evidence) {}

  private static void percentConflicts(Report report, AuditContext ctx, List<Finding> out) {
    List<Pct> pcts = new ArrayList<>();
    for (Indicator i : Lists.of(report.indicators())) {
      Optional<Target> actual = Target.parseActual(i.actual());
      Optional<Target> target = Target.parseTarget(i.target());
      if (actual.isEmpty()) {
        continue;
      }
      boolean percent = "%".equals(actual.get().unit())
          || (actual.get().unit().isEmpty() && target.isPresent() && "%".equals(target.get().unit()));
      String label = ScoredItem.indicatorLabel(i);
      String key = key(label);
      if (percent && key != null) {
        pcts.add(new Pct(key, label, actual.get().value(), true,
            new Evidence(label + " 实际完成值", actual.get().value(), i.actual(), i.location())));
      }
    }
    for (Quantity q : Lists.of(report.quantities())) {
      String key = "percent".equals(q.kind()) && q.value() != null ? key(q.label()) : null;
      if (key != null) {
        pcts.add(new Pct(key, q.label(), q.value(), false, new Evidence(q.label(), q.value(), q.text(), q.location())));
      }
    }
    Set<String> seen = new HashSet<>();
    // only equal keys are compared: pairs within each key's list (same pairs, same order)
    java.util.Map<String, List<Integer>> byKey = new java.util.HashMap<>();
    for (int i = 0; i < pcts.size(); i++) {
      byKey.computeIfAbsent(pcts.get(i).key, k -> new ArrayList<>()).add(i);
    }
    for (int i = 0; i < pcts.size(); i++) {
      for (int j : byKey.get(pcts.get(i).key)) {
        if (j <= i) {
          continue;
        }
        Pct a = pcts.get(i);
        Pct b = pcts.get(j);
        if (!(a.indicator || b.indicator)) {
          continue;
        }
        DecimalInterval x = DecimalInterval.ofShown(a.value);
        DecimalInterval y = DecimalInterval.ofShown(b.value);
        String dedupe = a.key + "|" + Findings.plain(a.value.min(b.value)) + "|" + Findings.plain(a.value.max(b.value));
        if (x.overlaps(y) || !seen.add(dedupe)) {
          continue;
        }
        String msg = a.key + "前后不一致：" + a.label + Findings.shown(a.value) + "%与" + b.label + Findings.shown(b.value)
            + "%（区间" + x + "与" + y + "不重叠）";
        out.add(Findings.of(ID, Severity.WARNING, ctx, msg, List.of(a.evidence, b.evidence)));
      }
    }
  }

  /** The comparison key of a percentage label, null when the label is not specific enough. */
  static String key(String label) {
    if (label == null) {
      return null;
    }
    String s = label.replaceAll("<[^>]+>", "").replaceAll("[\\s\\p{Punct}“”‘’（）《》、，。：；]", "")
        .replaceAll("[0-9]{4}年度?", "").replace("的", "")
        .replaceAll("(达到|达|为|是|约|保持在|保持|控制在)$", "");
    if (CHANGE_OR_SHARE.matcher(s).find() || !s.matches(".*(率|度|比例)$")) {
      return null;
    }
    String subject = GENERIC.matcher(s).replaceAll("");
    return subject.length() >= 2 ? s : null;
  }
}
