package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.ReportJson;
import org.ziping.testing.Corpus;

/** The corpus extracted on one and on two threads gives the same JSON, byte for byte. */
class ParallelExtractionTest {

  private static List<String> extract(int threads, List<Path> files) throws Exception {
    List<String> out = new ArrayList<>();
    ExtractionPool.of(threads, StandardExtraction::new)
        .run(files, (f, d) -> out.add(f.getFileName() + "\n" + ReportJson.write(d)));
    return out;
  }

  @Test
  void oneAndTwoThreadsWriteIdenticalJson() throws Exception {
    List<Path> files = Corpus.files();
    List<String> one = extract(1, files);
    List<String> two = extract(2, files);
    assertEquals(files.size(), one.size());
    for (int i = 0; i < one.size(); i++) {
      assertEquals(one.get(i), two.get(i), "file " + files.get(i));
    }
  }
}
