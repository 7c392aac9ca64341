package org.ziping.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.ziping.pipeline.InputFiles;
import org.ziping.pipeline.StreamedWalk;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The input files or folders of the commands that read documents ({@link DocumentCommand}: one
 * or more), with the folder walk's {@code --verbose} ({@link FolderWalkOption}). The paths'
 * help text is looked up under the key {@code inputs} in the command's resource bundle first.
 */
public final class InputPaths {
  @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "inputs",
      description = "input files or folders")
  List<Path> paths;

  @Mixin
  FolderWalkOption folders = new FolderWalkOption();

  /** At most how many inputs the paths hold ({@link InputFiles#countAtMost}). */
  public long countAtMost() throws IOException {
    return InputFiles.countAtMost(paths);
  }

  /** The inputs as the walk decides them ({@link FolderWalkOption#stream}). */
  public StreamedWalk stream() throws IOException {
    return folders.stream(paths);
  }

  /** Tells {@code err} what the ended walk's folders held that is not an input. */
  public void report(StreamedWalk walk, PrintWriter err, String command) {
    folders.report(walk, err, command);
  }

  /** The inputs, after telling {@code err} what the folders held that is not an input. */
  public InputFiles.Walk walk(PrintWriter err, String command) throws IOException {
    return folders.walk(paths, err, command);
  }
}
