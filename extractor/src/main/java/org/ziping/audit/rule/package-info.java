/**
 * One class per audit rule of {@code docs/audit-rules.md}, each behind {@link
 * org.ziping.audit.AuditRule} through {@link org.ziping.audit.rule.AbstractRule} (its
 * {@link org.ziping.audit.RuleId} and the document kinds it runs on; a rule adds its findings to a
 * {@code RuleFindings}, which gives each the rule's id); the rules that compare the facts of one
 * record extend {@code RecordRule}, which hands them the facts by record and measure
 * ({@code RecordFacts}). Arithmetic uses interval decimals ({@code DecimalInterval}: a shown
 * figure stands for half a unit of its last digit either side), so rounding in the source never
 * makes a finding. Severity is confidence: {@code error} only where the rule's stated precondition
 * makes the figures certainly belong together, {@code warning} for relations found by heuristics,
 * {@code info} for a likely slip.
 */
package org.ziping.audit.rule;
