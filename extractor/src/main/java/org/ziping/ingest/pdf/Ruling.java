package org.ziping.ingest.pdf;

/**
 * A horizontal or vertical line segment drawn on a page (a table border), in top-down page
 * coordinates.
 *
 * @param horizontal true for a horizontal segment
 * @param pos        y of a horizontal segment, x of a vertical one
 * @param from       smaller end along the segment (x for horizontal, y for vertical)
 * @param to         larger end along the segment
 */
record Ruling(boolean horizontal, float pos, float from, float to) {
  public Ruling {
    if (from > to) {
      float t = from;
      from = to;
      to = t;
    }
  }

  public float length() {
    return to - from;
  }

  /**
   * True when this segment lies at position {@code p} (within {@code tol}) and covers
   * {@code along} (within {@code reach} past its ends).
   */
  public boolean covers(float p, float along, float tol, float reach) {
    return Math.abs(pos - p) <= tol && along >= from - reach && along <= to + reach;
  }
}
