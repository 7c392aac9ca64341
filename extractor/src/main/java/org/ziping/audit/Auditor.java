package org.ziping.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ziping.audit.rule.DisclosureBalance;
import org.ziping.audit.rule.DisclosureChange;
import org.ziping.audit.rule.DisclosureCodeSum;
import org.ziping.audit.rule.DisclosureColumnSum;
import org.ziping.audit.rule.DisclosureCompletionRate;
import org.ziping.audit.rule.DisclosureCrossTable;
import org.ziping.audit.rule.DisclosureTextTable;
import org.ziping.audit.rule.ExecRateMismatch;
import org.ziping.audit.rule.ExecRateOver100;
import org.ziping.audit.rule.FullScoreTargetMissed;
import org.ziping.audit.rule.GradeScoreMismatch;
import org.ziping.audit.rule.LowExecutionHighScore;
import org.ziping.audit.rule.MaxSumNot100;
import org.ziping.audit.rule.PartSumMismatch;
import org.ziping.audit.rule.PercentMismatch;
import org.ziping.audit.rule.ScoreAboveMax;
import org.ziping.audit.rule.ScoreSumMismatch;
import org.ziping.audit.rule.UnitConversionMismatch;
import org.ziping.audit.rule.ValueConflict;
import org.ziping.report.DocumentKind;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/**
 * Runs every rule of audit-rules.md over each report of a document and returns the reports with
 * their findings, sorted by severity (error, warning, info), then
 * rule id, then finding id. Findings already on a report are replaced, so auditing twice gives
 * the same result.
 *
 * <p>Each rule runs only on the document kinds it states ({@link AuditRule#kinds()}): score rules
 * on the self-evaluations, arithmetic rules also on budget and final-accounts disclosures and
 * target forms, nothing on a template. A report whose kind is missing or unknown counts as
 * {@link DocumentKind#OTHER}. Rules read the report records only: its typed facts and overall
 * execution rate are the ones the parse stage stored (a report read back from older JSON is
 * completed by the stage that reads it, {@code org.ziping.pipeline.StoredDocuments}).
 *
 * <p>After the rules, {@link OcrReadings} drops the findings on OCR-read figures that a misreading
 * explains (a sum over a table whose cells OCR lost or over prose items, a declared rate none of
 * its figures gives, a figure one misread character away from agreeing), and
 * {@link OcrSeverityCap} lowers errors whose evidence was read by OCR to warnings and makes every
 * finding on OCR-read figures say so.
 *
 * <p>A rule that fails on odd data (a runtime exception) does not stop the others: the failure is
 * added to the document's {@code errors} with stage {@code audit}, the rule id and the report index.
 */
public final class Auditor {
  private static final Comparator<Finding> ORDER = Comparator
      .comparingInt((Finding f) -> Severity.rank(f.severity()))
      .thenComparing(Finding::rule)
      .thenComparing(Finding::message)
      .thenComparing(Finding::id);

  private final List<AuditRule> rules;

  /** The auditor with all the rules of audit-rules.md. */
  public Auditor() {
    this(defaultRules());
  }

  public Auditor(List<AuditRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static List<AuditRule> defaultRules() {
    return List.of(new ExecRateMismatch(), new ExecRateOver100(), new LowExecutionHighScore(),
        new ScoreAboveMax(), new ScoreSumMismatch(), new MaxSumNot100(), new FullScoreTargetMissed(),
        new PartSumMismatch(), new ValueConflict(), new PercentMismatch(), new GradeScoreMismatch(),
        new UnitConversionMismatch(), new DisclosureCodeSum(), new DisclosureColumnSum(),
        new DisclosureBalance(), new DisclosureCrossTable(), new DisclosureTextTable(),
        new DisclosureChange(), new DisclosureCompletionRate());
  }

  public List<AuditRule> rules() {
    return rules;
  }

  /** The document with every report audited; rule failures appended to its errors. */
  public ExtractedDocument audit(ExtractedDocument doc) {
    String sha = doc.source() == null ? null : doc.source().sha256();
    String file = doc.source() == null ? null : doc.source().file();
    List<ErrorEntry> errors = new ArrayList<>(doc.errors());
    List<Report> audited = new ArrayList<>();
    List<Report> reports = doc.reports();
    for (int i = 0; i < reports.size(); i++) {
      List<String> failures = new ArrayList<>();
      audited.add(audit(reports.get(i), AuditContext.of(sha, i), failures));
      for (String f : failures) {
        errors.add(new ErrorEntry(file, "audit", "report " + i + ": " + f));
      }
    }
    return new ExtractedDocument(doc.schemaVersion(), doc.source(), audited, errors);
  }

  /**
   * One report with its findings.
   *
   * @param failures receives "RULE_ID: message" for every rule that threw
   */
  public Report audit(Report report, AuditContext ctx, List<String> failures) {
    DocumentKind kind = report.kind() == null ? DocumentKind.OTHER : report.kind();
    List<Finding> findings = new ArrayList<>();
    for (AuditRule rule : rules) {
      if (!rule.kinds().contains(kind)) {
        continue;
      }
      try {
        findings.addAll(rule.check(report, ctx));
      } catch (RuntimeException e) {
        failures.add(rule.id() + ": " + e);
      }
    }
    List<Finding> capped = OcrSeverityCap.apply(OcrReadings.filter(report, findings));
    capped.sort(ORDER);
    return report.with(b -> b.findings = capped);
  }
}
