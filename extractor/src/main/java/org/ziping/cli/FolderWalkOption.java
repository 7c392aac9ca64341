package org.ziping.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.ziping.pipeline.InputFiles;
import org.ziping.pipeline.StreamedWalk;
import picocli.CommandLine.Option;

/**
 * The {@code -v/--verbose} option of the commands that walk folders for their inputs, and the walk
 * itself ({@link InputFiles#walk}): the files a folder held that are not inputs are counted on
 * stderr, and named with their reason when the option is given.
 */
public final class FolderWalkOption {
  @Option(names = {"-v", "--verbose"},
      description = "name each file a folder walk skipped (hidden, or not a document) and why")
  boolean verbose;

  /**
   * The inputs of {@code paths}, after telling {@code err} what the folders held that is not an
   * input ({@code <command>: skipped …}).
   */
  public InputFiles.Walk walk(List<Path> paths, PrintWriter err, String command)
      throws IOException {
    InputFiles.Walk walk = InputFiles.walk(paths);
    walk.report(err, command, verbose);
    return walk;
  }

  /**
   * The inputs of {@code paths} handed out as the walk decides them ({@link StreamedWalk}); what
   * the folders held that is not an input is told by {@link #report} once the walk has ended.
   */
  public StreamedWalk stream(List<Path> paths) throws IOException {
    return new StreamedWalk(paths);
  }

  /** Tells {@code err} what the ended walk's folders held that is not an input. */
  public void report(StreamedWalk walk, PrintWriter err, String command) {
    walk.result().report(err, command, verbose);
  }
}
