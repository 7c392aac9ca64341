package org.ziping.audit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ziping.report.DocumentKind;
import org.ziping.report.Finding;
import org.ziping.report.Report;

/**
 * One check of audit-rules.md. Implementations are stateless and never modify the report. Each
 * states the {@link DocumentKind}s it applies to; the {@link Auditor} runs it on no other.
 */
public interface AuditRule {
  /** The self-evaluation kinds: the only documents that carry self-scores. */
  Set<DocumentKind> SELF_EVALUATION = DocumentKind.selfEvaluationKinds();

  /**
   * Documents whose figures the arithmetic rules fit: the self-evaluations and the budget,
   * final-accounts and target documents published beside them (never a template: its figures are
   * placeholders).
   */
  Set<DocumentKind> FIGURES = EnumSet.of(DocumentKind.DEPARTMENT, DocumentKind.PROJECT,
      DocumentKind.SPECIAL, DocumentKind.BUDGET_DISCLOSURE, DocumentKind.FINAL_ACCOUNTS,
      DocumentKind.PERFORMANCE_TARGET, DocumentKind.OTHER);

  /** The stable rule id of audit-rules.md, e.g. {@code EXEC_RATE_MISMATCH}. */
  String id();

  /** The kinds of document this rule applies to; default: the self-evaluation kinds. */
  default Set<DocumentKind> kinds() {
    return SELF_EVALUATION;
  }

  /** The findings of this rule on one report, empty when the report is consistent. */
  List<Finding> check(Report report, AuditContext ctx);
}
