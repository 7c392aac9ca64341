package org.ziping.index.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ziping.index.ReportSummary;

/**
 * Where the original document of an indexed report is on this machine: the indexed path itself
 * when a document (not an extraction JSON) was indexed, else the recorded source file as it is,
 * then beside the indexed JSON. Empty when none of them is a readable file (the index was built
 * elsewhere, or the file moved).
 */
public final class SourceFiles {
  private SourceFiles() {}

  public static Optional<Path> of(ReportSummary s) {
    List<Path> candidates = new ArrayList<>();
    Path input = path(s.input());
    Path source = path(s.sourceFile());
    if (input != null && !input.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      candidates.add(input);
    }
    if (source != null) {
      candidates.add(source);
      if (input != null && input.getParent() != null && source.getFileName() != null) {
        candidates.add(input.getParent().resolve(source.getFileName()));
      }
    }
    return candidates.stream().filter(Files::isRegularFile).filter(Files::isReadable).findFirst();
  }

  /** Whether the file is a PDF, by its first bytes. */
  public static boolean isPdf(Path file) {
    try (var in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(5);
      return new String(head, StandardCharsets.ISO_8859_1).equals("%PDF-");
    } catch (IOException e) {
      return false;
    }
  }

  private static Path path(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Path.of(s);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
