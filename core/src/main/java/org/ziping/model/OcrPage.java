package org.ziping.model;

/**
 * A page whose text was read by OCR, with tesseract's word confidences (0–100) summed up.
 *
 * @param page            1-based page number
 * @param words           words recognised
 * @param meanConfidence  mean word confidence, rounded
 * @param minConfidence   lowest word confidence, rounded
 * @param lowConfidence   words below {@link #LOW} confidence
 */
public record OcrPage(int page, int words, int meanConfidence, int minConfidence,
                      int lowConfidence) {
  /** Word confidence below which a word counts as doubtful. */
  public static final int LOW = 60;
}
