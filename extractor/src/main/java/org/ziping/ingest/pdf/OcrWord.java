package org.ziping.ingest.pdf;

/**
 * One word as tesseract reports it (TSV level 5), in pixels of the image it read.
 *
 * @param text       the word's text, as recognised
 * @param left       left edge, px
 * @param top        top edge, px
 * @param width      width, px
 * @param height     height, px
 * @param confidence tesseract's word confidence, 0–100
 * @param line       key of the tesseract line the word belongs to (block, paragraph, line)
 */
public record OcrWord(String text, int left, int top, int width, int height, float confidence,
                      String line) {

  public int right() {
    return left + width;
  }

  public int bottom() {
    return top + height;
  }
}
