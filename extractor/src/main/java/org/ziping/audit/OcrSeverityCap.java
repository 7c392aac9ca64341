package org.ziping.audit;

import java.util.ArrayList;
import java.util.List;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;
import org.ziping.report.Severity;

/**
 * Severity means confidence: a figure read by OCR from a page image may be misread (6 for 0, a
 * lost decimal point), so a finding that rests on one is never an {@code error}. An error any of
 * whose evidence locations is marked {@code ocr} becomes a {@code warning}, and its message says
 * that the figures were read by OCR; a warning or an info on such figures keeps its severity and
 * says so too. The finding id does not change (it hashes rule, report and evidence values, not the
 * severity or the message).
 */
final class OcrSeverityCap {
  /** Appended to the message of a finding lowered to a warning. */
  static final String NOTE = "（所涉数字由OCR从扫描页识别，可能误读，故仅作warning）";
  /** Appended to the message of a warning or an info on OCR-read figures. */
  static final String NOTE_KEPT = "（所涉数字由OCR从扫描页识别，可能误读）";

  private OcrSeverityCap() {}

  /** The findings with OCR-based errors lowered to warnings; a new mutable list. */
  static List<Finding> apply(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!readByOcr(f)) {
        out.add(f);
      } else if (f.severity() == Severity.ERROR) {
        out.add(new Finding(f.id(), f.rule(), Severity.WARNING, f.message() + NOTE,
            f.evidence()));
      } else {
        out.add(new Finding(f.id(), f.rule(), f.severity(), f.message() + NOTE_KEPT,
            f.evidence()));
      }
    }
    return out;
  }

  /** Whether any evidence of the finding stands where OCR read the figures. */
  static boolean readByOcr(Finding f) {
    for (Evidence e : f.evidence()) {
      if (e.location() != null && e.location().readByOcr()) {
        return true;
      }
    }
    return false;
  }
}
