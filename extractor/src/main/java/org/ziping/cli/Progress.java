package org.ziping.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long batch on stderr (never stdout): on a terminal a bar redrawn in place with the
 * count, the rate and the estimated time left; otherwise (a log file, a pipe) a plain line every
 * {@code interval} seconds. Batches shorter than the first interval print nothing, so short runs
 * and tests stay quiet.
 *
 * <p>Algorithm: the rate is the items done over the time since the start; the ETA is the items
 * left over that rate. The terminal bar is redrawn at most every 200 ms. Limits: the rate of an
 * uneven batch (a few large PDFs among text files) makes the ETA a rough guide.
 */
public final class Progress {
  private static final int BAR = 24;

  private final PrintWriter err;
  private final String label;
  private long total;
  private final boolean terminal;
  private final long intervalNanos;
  private final LongSupplier clock;
  private final long start;
  private long done;
  private long lastPrint;
  private boolean drawn;

  /**
   * @param terminal        draw a bar in place (stderr is a terminal), else print plain lines
   * @param intervalSeconds how long before the first output and between plain lines
   * @param clock           nanoseconds ({@code System::nanoTime})
   */
  Progress(PrintWriter err, String label, long total, boolean terminal, double intervalSeconds,
      LongSupplier clock) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.terminal = terminal;
    this.intervalNanos = (long) (intervalSeconds * 1e9);
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastPrint = start;
  }

  /** Progress of {@code total} items: a bar when the JVM has a console, else a line every 10 s. */
  public static Progress of(PrintWriter err, String label, long total) {
    boolean terminal = System.console() != null;
    return new Progress(err, label, total, terminal, terminal ? 2 : 10, System::nanoTime);
  }

  /** One more item is done. */
  public synchronized void step() {
    done++;
    long now = clock.getAsLong();
    boolean first = !drawn && now - start >= intervalNanos;
    long every = terminal ? 200_000_000L : intervalNanos;
    if (first || (drawn && now - lastPrint >= every)) {
      print(now);
    }
  }

  /** A revised number of items (a folder walk that decides its inputs as the batch goes). */
  public synchronized void total(long items) {
    total = Math.max(done, items);
  }

  /** Ends the bar's line (a terminal) so the next message starts on a line of its own. */
  public synchronized void finish() {
    if (drawn && terminal) {
      print(clock.getAsLong());
      err.println();
      err.flush();
    }
  }

  private void print(long now) {
    drawn = true;
    lastPrint = now;
    double secs = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / secs;
    String eta = rate > 0 && total > done ? duration((total - done) / rate) : "-";
    String figures = String.format(Locale.ROOT, "%d/%d, %.1f/s, elapsed %s, left %s", done, total,
        rate, duration(secs), eta);
    if (terminal) {
      int filled = total == 0 ? BAR : (int) (BAR * done / total);
      err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] "
          + figures + "   ");
    } else {
      err.println(label + ": " + figures);
    }
    err.flush();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }
    return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
