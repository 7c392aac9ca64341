package org.ziping.index;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The hand-written report JSONs mirroring the five seed reports, and an index built from them. */
public final class Fixtures {
  public static final String SHA_000 =
      "37ebf245da266d465b01d0f62d10e1e9ac2dc6e367ebb40814bd216ecf5a82dd";
  public static final String SHA_001 =
      "bf2f13e816fc5310ed99675ed6314f0817285f6da8c9c22c1cfca6904fdd3571";
  public static final String SHA_002 =
      "7d99757cd0605c826ab03b48fb1c1245939ca07f5b1df0b4d08ab79d056be2ee";
  public static final String SHA_003 =
      "c4012986202c68f1ab67969106e8208fea5304af762177421a2a511d61f64225";
  public static final String SHA_004 =
      "0d3d9dbecaf618c266708a05b1f33c9c1a583cb63543264eae4019bde619b0ac";

  private Fixtures() {}

  public static Path dir() {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** Copies the fixtures to {@code work/in} and indexes them into {@code work/index}. */
  public static Path buildIndex(Path work) throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    for (Path f : files()) {
      Files.copy(f, in.resolve(f.getFileName()));
    }
    Path index = work.resolve("index");
    try (ReportIndexer ix = new ReportIndexer(index, Optional.empty(),
        new PrintWriter(new StringWriter()))) {
      ReportIndexer.Run run = ix.index(files(in));
      if (run.failed() != 0 || run.reports() != 6) {
        throw new IllegalStateException("fixture index: " + run);
      }
    }
    return index;
  }

  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }
}
