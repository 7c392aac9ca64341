package org.ziping.ingest;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ziping.report.ReportJson;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;
import org.ziping.testing.Corpus;
import org.ziping.testing.GoldenFiles;

/** Each corpus file's document model equals its reviewed golden in golden/blocks/. */
class BlocksGoldenTest {
  static final String REGENERATE = "bin/ziping blocks corpus --json -o golden/blocks";

  @TestFactory
  Stream<DynamicTest> modelMatchesGolden() {
    DocumentReader reader = DocumentReader.standard(IngestConfig.defaults());
    return Corpus.files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      DocumentModel doc = asFromRepoRoot(reader.read(f), f);
      Path golden = Corpus.root().resolve("golden/blocks").resolve(f.getFileName() + ".json");
      GoldenFiles.assertMatches(golden, ReportJson.write(doc), REGENERATE);
    }));
  }

  /** The model as {@code bin/ziping blocks corpus} run from the repository root names the file. */
  static DocumentModel asFromRepoRoot(DocumentModel d, Path f) {
    SourceInfo s = d.source();
    return new DocumentModel(new SourceInfo(Corpus.display(f), s.format(), s.mediaType(), s.sha256(),
        s.pages(), s.metadata()), d.text(), d.blocks(), d.warnings());
  }
}
