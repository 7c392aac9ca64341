package org.ziping.audit.rule;

import java.util.Collections;
import java.util.Set;
import org.ziping.audit.AuditRule;
import org.ziping.report.DocumentKind;

/**
 * The shared opening of every rule of this package: the rule id and the document kinds it runs
 * on, given once to the constructor ({@link AuditRule#SELF_EVALUATION}, {@link AuditRule#FIGURES},
 * {@link DisclosureCells#KINDS} or a rule's own set). Each rule keeps only its check.
 */
abstract class AbstractRule implements AuditRule {
  private final String id;
  private final Set<DocumentKind> kinds;

  AbstractRule(String id, Set<DocumentKind> kinds) {
    this.id = id;
    this.kinds = Collections.unmodifiableSet(kinds);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Set<DocumentKind> kinds() {
    return kinds;
  }
}
