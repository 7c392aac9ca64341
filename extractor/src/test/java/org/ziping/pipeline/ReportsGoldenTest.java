package org.ziping.pipeline;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ziping.report.ReportJson;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.SourceRef;
import org.ziping.testing.Corpus;
import org.ziping.testing.GoldenFiles;

/** Each corpus file's report JSON (with findings) equals its reviewed golden in golden/reports/. */
class ReportsGoldenTest {
  static final String REGENERATE = "bin/ziping extract corpus -o golden/reports";

  @TestFactory
  Stream<DynamicTest> reportsMatchGolden() {
    StandardExtraction extraction = new StandardExtraction();
    return Corpus.files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      ExtractedDocument d = extraction.extract(f);
      SourceRef s = d.source();
      d = new ExtractedDocument(d.schemaVersion(),
          new SourceRef(Corpus.display(f), s.format(), s.sha256(), s.pages()), d.reports(),
          d.errors().stream().map(e -> new org.ziping.report.ErrorEntry(Corpus.display(f), e.stage(),
              e.message())).toList());
      Path golden = Corpus.root().resolve("golden/reports").resolve(f.getFileName() + ".json");
      GoldenFiles.assertMatches(golden, ReportJson.write(d), REGENERATE);
    }));
  }
}
