package org.ziping.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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
      sb.append('\n').append(e.label()).append('=').append(plain(e.value()));
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** A decimal as written without trailing zeros ("96", "4.98"), "?" for null. */
  public static String plain(BigDecimal v) {
    if (v == null) {
      return "?";
    }
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** A decimal as shown in the source (keeps its scale). */
  public static String shown(BigDecimal v) {
    return v == null ? "?" : v.toPlainString();
  }

  /** A computed value for a message, rounded half-up to {@code scale} decimals. */
  public static String rounded(BigDecimal v, int scale) {
    return v.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
