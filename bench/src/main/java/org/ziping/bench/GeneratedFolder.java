package org.ziping.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A folder of generated benchmark inputs under a cache folder, written on first use and reused
 * after ({@link ScaledCorpus}'s report texts, the index module's report JSON). The folder counts
 * as written when its {@code .complete} marker exists; the marker is written last, so a run
 * stopped half-way writes the folder again the next time.
 */
final class GeneratedFolder {
  /** Writes the files into the folder (creating it). */
  @FunctionalInterface
  public interface Contents {
    void write(Path dir) throws IOException;
  }

  private GeneratedFolder() {}

  /**
   * The files {@code name(0)} … {@code name(files - 1)} of {@code dir}, written by
   * {@code contents} first unless the folder is complete; the marker holds {@code reports}.
   */
  public static List<Path> ensure(Path dir, int files, int reports, IntFunction<String> name,
                                  Contents contents) throws IOException {
    if (!Files.exists(dir.resolve(".complete"))) {
      contents.write(dir);
      Files.writeString(dir.resolve(".complete"), reports + "\n");
    }
    List<Path> out = new ArrayList<>(files);
    for (int i = 0; i < files; i++) {
      out.add(dir.resolve(name.apply(i)));
    }
    return out;
  }
}
