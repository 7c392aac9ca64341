package org.ziping.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.ziping.ingest.FormatDetector;

/**
 * The inputs of command-line paths, exactly as {@link InputFiles#walk} takes them and in the same
 * order, handed out while the types of the files further on are still being detected: a batch can
 * start on its first file instead of waiting for the whole walk (for 10,000 files, seconds of
 * detection in a cold JVM).
 *
 * <p>Algorithm: the folders are listed at once (sorted; a listing reads no file), and what the
 * names decide is decided then (hidden files and folders, markdown notes, report JSON). The type of
 * every other file in a folder is detected ({@link FormatDetector} reads the file's first bytes)
 * on a pool of one daemon thread per processor, at most {@value #AHEAD} files ahead of the
 * consumer, and the consumer takes the answers in input order. A folder from which no file was
 * taken is taken itself, after its files, so that reading it reports "a folder with no input
 * files". {@link #possibleInputs()} lists, before any detection, every input the walk can yield
 * (a superset: the files whose type is still unknown, and each folder itself), for checks that
 * need all names up front, such as the output names' clash check.
 *
 * <p>Limits: one iteration; {@link #result()} is complete once it has ended. A file removed
 * between the listing and its detection is still taken (reading it says it is gone), as in a
 * walk that detects first.
 */
public final class StreamedWalk implements Iterable<InputFiles.Input> {
  /** How many files' detection may run ahead of the consumer. */
  static final int AHEAD = 256;

  private enum Kind {
    /** A file found in a folder. */
    FOLDER_FILE,
    /** The end of a folder's files: the folder itself is an input when none of them was. */
    FOLDER_END,
    /** A path taken as it is (a file named on the command line, or a path that is not there). */
    PATH
  }

  /**
   * One place of the walk.
   *
   * @param input  the input it yields when taken
   * @param reason why the names alone leave it out, or null
   * @param detect whether its type must be detected before it is taken
   * @param folder the index of its folder argument (for {@link Kind#FOLDER_FILE} and
   *               {@link Kind#FOLDER_END}), else -1
   */
  private record Entry(Kind kind, InputFiles.Input input, String reason, boolean detect,
                       int folder) {}

  private final List<Entry> entries = new ArrayList<>();
  private final int folders;
  private FormatDetector detector;
  private ExecutorService pool;
  private final Deque<Future<String>> detections = new ArrayDeque<>();
  private int submitted;
  private final List<InputFiles.Input> taken = new ArrayList<>();
  private final List<InputFiles.Skipped> skipped = new ArrayList<>();
  private LongConsumer onCount = n -> { };
  /** The inputs the walk expects to yield, revised as it decides ({@link #expected()}). */
  private long expected;
  private boolean iterated;
  private boolean ended;

  /** Lists the folders among {@code paths}; nothing is detected yet. */
  public StreamedWalk(List<Path> paths) throws IOException {
    int folder = 0;
    for (Path p : paths) {
      InputFiles.Input self = new InputFiles.Input(p, p.getFileName() == null ? p : p.getFileName());
      if (!Files.isDirectory(p)) {
        entries.add(new Entry(Kind.PATH, self, null, false, -1));
        continue;
      }
      Path real = p.toRealPath();
      List<Path> found = new ArrayList<>();
      try (Stream<Path> s = Files.walk(real)) {
        s.filter(Files::isRegularFile).sorted().forEach(found::add);
      }
      for (Path f : found) {
        Path rel = real.relativize(f);
        String reason = nameReason(rel);
        boolean json = f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        entries.add(new Entry(Kind.FOLDER_FILE, new InputFiles.Input(p.resolve(rel.toString()),
            rel), reason, reason == null && !json, folder));
      }
      entries.add(new Entry(Kind.FOLDER_END, self, null, false, folder));
      folder++;
    }
    this.folders = folder;
    for (Entry e : entries) {
      if (e.kind() == Kind.PATH || (e.kind() == Kind.FOLDER_FILE && e.reason() == null)
          || (e.kind() == Kind.FOLDER_END && !anyPossible(e.folder()))) {
        expected++;
      }
    }
  }

  /** Whether the names leave any file of folder {@code folder} possible. */
  private boolean anyPossible(int folder) {
    return entries.stream().anyMatch(e -> e.kind() == Kind.FOLDER_FILE && e.folder() == folder
        && e.reason() == null);
  }

  /** Why the relative name alone leaves a file of a folder out, null when it does not. */
  private static String nameReason(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return "hidden";
      }
    }
    return rel.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")
        ? "a markdown note" : null;
  }

  /**
   * How many inputs the walk expects to yield: the files the names leave possible, the other
   * paths, and the folders left with no possible file; revised as the iteration decides.
   */
  public long expected() {
    return expected;
  }

  /** Tells {@code listener} each revised {@link #expected()} (on the consumer's thread). */
  public StreamedWalk onExpected(LongConsumer listener) {
    this.onCount = listener;
    return this;
  }

  /**
   * Every input the walk can yield, in order, before any detection: the files of the folders that
   * their names do not leave out, each folder itself, and the other paths. The inputs taken are
   * among them.
   */
  public List<InputFiles.Input> possibleInputs() {
    return entries.stream().filter(e -> e.reason() == null).map(Entry::input).toList();
  }

  /** The inputs in order; the types are detected as the iteration goes. One iteration only. */
  @Override
  public Iterator<InputFiles.Input> iterator() {
    if (iterated) {
      throw new IllegalStateException("a walk is iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      private int at;
      private final int[] takenIn = new int[folders];
      private InputFiles.Input next;

      @Override
      public boolean hasNext() {
        while (next == null && at < entries.size()) {
          next = decide(entries.get(at++));
        }
        if (next == null && !ended) {
          end();
        }
        return next != null;
      }

      @Override
      public InputFiles.Input next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        InputFiles.Input in = next;
        next = null;
        taken.add(in);
        return in;
      }

      /** The input this entry yields, or null when it is left out (and counted so). */
      private InputFiles.Input decide(Entry e) {
        switch (e.kind()) {
          case PATH:
            return e.input();
          case FOLDER_END:
            if (takenIn[e.folder()] > 0) {
              return null;
            }
            if (anyPossible(e.folder())) { // its files were all left out: one more than expected
              onCount.accept(++expected);
            }
            return e.input();
          default:
            String reason = e.reason();
            if (e.detect()) {
              reason = nextDetection();
            }
            if (reason != null) {
              InputFiles.Skipped s = new InputFiles.Skipped(e.input().file(), reason);
              skipped.add(s);
              if (e.detect()) {
                onCount.accept(--expected);
              }
              return null;
            }
            takenIn[e.folder()]++;
            return e.input();
        }
      }
    };
  }

  /** The reason of the next file to detect, in order; its detection and those ahead started. */
  private String nextDetection() {
    while (detections.size() < AHEAD && submitted < entries.size()) {
      Entry e = entries.get(submitted++);
      if (e.detect()) {
        if (pool == null) {
          detector = new FormatDetector();
          int n = Runtime.getRuntime().availableProcessors();
          ThreadPoolExecutor p = new ThreadPoolExecutor(n, n, 10, TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "ziping-walk");
                t.setDaemon(true);
                return t;
              });
          p.allowCoreThreadTimeOut(true); // an iteration left unfinished leaves no threads behind
          pool = p;
        }
        Path f = e.input().file();
        FormatDetector d = detector;
        detections.add(pool.submit(() -> typeReason(f, d)));
      }
    }
    Future<String> f = detections.poll();
    try {
      return f.get();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while detecting " + f, ex);
    } catch (ExecutionException ex) {
      return null; // a detector failure takes the file: reading it says what is wrong
    }
  }

  /** Why a file's detected type leaves it out, null when it is a document. */
  private static String typeReason(Path f, FormatDetector detector) {
    try {
      String type = detector.detect(f);
      return InputFiles.isDocumentType(type) ? null : "not a document (" + type + ")";
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  private void end() {
    ended = true;
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** Iterates what is left and returns the whole walk. */
  public InputFiles.Walk drain() {
    if (!iterated) {
      iterator().forEachRemaining(in -> { });
    }
    return result();
  }

  /** The inputs taken and the files left out; complete once the iteration has ended. */
  public InputFiles.Walk result() {
    if (!ended) {
      throw new IllegalStateException("the walk has not ended");
    }
    return new InputFiles.Walk(List.copyOf(taken), List.copyOf(skipped));
  }
}
