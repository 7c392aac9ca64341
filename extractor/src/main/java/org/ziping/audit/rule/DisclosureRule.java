package org.ziping.audit.rule;

import java.util.Set;
import org.ziping.audit.AuditRule;
import org.ziping.report.DocumentKind;

/**
 * The shared opening of the disclosure rules ({@code DISCLOSURE_*}): the rule id given once, and
 * the document kinds they run on ({@link DisclosureCells#KINDS}: budget and final-accounts
 * disclosures, and documents of kind {@code other} that hold their standard tables). Each rule
 * keeps only its check.
 */
abstract class DisclosureRule implements AuditRule {
  private final String id;

  DisclosureRule(String id) {
    this.id = id;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Set<DocumentKind> kinds() {
    return DisclosureCells.KINDS;
  }
}
