/**
 * The audit stage: {@link org.ziping.audit.Auditor} runs the rules of {@code docs/audit-rules.md}
 * ({@code org.ziping.audit.rule}, their ids the constants of {@link org.ziping.audit.RuleId}) over
 * the report records and returns them with their findings,
 * each quoting its evidence with a source location and a stable id ({@link
 * org.ziping.audit.Findings}). It reads the records only (typed facts, the overall execution rate,
 * tables as parse stored them), never the document. Figures OCR read are less certain: {@link
 * org.ziping.audit.OcrReadings} drops findings one misreading explains and {@link
 * org.ziping.audit.OcrSeverityCap} caps the rest at warning. Limits: rules compare figures the parse
 * could tie together; a relation parse did not see is not checked.
 */
package org.ziping.audit;
