package org.ziping.index;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tally of one indexing run, the same for the embedded index and a Solr collection: inputs
 * seen, indexed (or sent), unchanged, failed, reports added, the failures named ("path: reason",
 * each also told on the log at once), and a progress line on the log at most every two seconds
 * while more inputs may follow. Used on the run's one thread.
 */
public final class IndexTally {
  private static final long PROGRESS_MILLIS = 2_000;

  private final PrintWriter log;
  private final int known;
  private final String doneWord;
  private final List<String> failures = new ArrayList<>();
  private int seen;
  private int done;
  private int unchanged;
  private int failed;
  private int reports;
  private long lastProgress = System.currentTimeMillis();

  /**
   * A tally for {@code known} inputs (negative when not known ahead) whose progress line calls
   * the inputs taken {@code doneWord} ("indexed", "sent").
   */
  public IndexTally(PrintWriter log, int known, String doneWord) {
    this.log = log;
    this.known = known;
    this.doneWord = doneWord;
  }

  /** An input (or a batch's input) that failed: {@code what} is "path: reason". */
  public void failed(String what) {
    failed++;
    failures.add(what);
    log.println("index: " + what);
  }

  public void unchanged() {
    unchanged++;
  }

  /**
   * Tallies {@code prep}, the prepared {@code input}, when it is not to be written (failed, told
   * as "input: reason", or unchanged); whether it is to be written.
   */
  public boolean toWrite(Object input, PreparedInput<?> prep) {
    if (prep.failure() != null) {
      failed(input + ": " + prep.failure());
      return false;
    }
    if (prep.unchanged()) {
      unchanged();
      return false;
    }
    return true;
  }

  /** An input taken, with the reports it added. */
  public void done(int reportsAdded) {
    done++;
    reports += reportsAdded;
  }

  /** Counts one more input seen; whether more may follow. */
  public boolean next() {
    seen++;
    return known < 0 || seen < known;
  }

  /** Tells the log how far the run is, when two seconds have passed and more inputs follow. */
  public void progress(boolean more) {
    long now = System.currentTimeMillis();
    if (now - lastProgress >= PROGRESS_MILLIS && more) {
      log.printf(Locale.ROOT, "index: %d%s inputs (%d %s, %d unchanged, %d failed)%n",
          seen, known < 0 ? "" : "/" + known, done, doneWord, unchanged, failed);
      lastProgress = now;
    }
  }

  /** What the run did. */
  public ReportIndexer.Run run() {
    return new ReportIndexer.Run(seen, done, unchanged, failed, reports, List.copyOf(failures));
  }
}
