package org.ziping.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.ziping.report.Decimals;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;
import org.ziping.report.Severity;

/**
 * Builds findings with their stable id: the first 16 hex digits of SHA-256 over the rule id,
 * the report identity and each evidence label and value (values with trailing zeros stripped,
 * so 96 and 96.0 give the same id). Messages and quoted texts are not hashed: rewording a
 * message or moving a sentence keeps the id.
 */
public final class Findings {
  private Findings() {}

  public static Finding of(String rule, Severity severity, AuditContext ctx, String message,
                           List<Evidence> evidence) {
    return new Finding(id(rule, ctx, evidence), rule, severity, message, evidence);
  }

  static String id(String rule, AuditContext ctx, List<Evidence> evidence) {
    StringBuilder sb = new StringBuilder(rule).append('\n').append(ctx.reportIdentity());
    for (Evidence e : evidence) {
      sb.append('\n').append(e.label()).append('=').append(Decimals.plain(e.value()));
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
