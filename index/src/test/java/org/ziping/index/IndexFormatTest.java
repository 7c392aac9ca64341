package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index format number: written on every commit, and another format is refused clearly. */
class IndexFormatTest {
  @TempDir Path work;

  @Test
  void commitsCarryTheFormat() throws Exception {
    Path idx = Fixtures.buildIndex(work);
    try (FSDirectory d = FSDirectory.open(idx)) {
      assertEquals(String.valueOf(IndexSchema.FORMAT),
          SegmentInfos.readLatestCommit(d).getUserData().get(IndexSchema.FORMAT_KEY));
    }
  }

  @Test
  void anIndexOfAnOlderVersionIsRefusedWithWhatToDo() throws Exception {
    Path idx = work.resolve("old");
    try (FSDirectory d = FSDirectory.open(idx);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField(IndexSchema.ID, "x-1", Field.Store.YES));
      w.addDocument(doc);
      w.commit(); // no format in the commit: written before format numbers
    }
    IOException forSearch = assertThrows(IOException.class, () -> new ReportSearcher(idx));
    IOException forIndex = assertThrows(IOException.class, () -> new ReportIndexer(idx,
        Optional.empty(), new PrintWriter(new StringWriter())));
    for (IOException e : new IOException[] {forSearch, forIndex}) {
      assertTrue(e.getMessage().contains(idx.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("older version"), e.getMessage());
      assertTrue(e.getMessage().contains("remove the folder"), e.getMessage());
    }
  }

  @Test
  void anotherFormatNumberIsNamed() {
    IOException e = assertThrows(IOException.class,
        () -> IndexSchema.checkFormat(Map.of(IndexSchema.FORMAT_KEY, "1"), "/x"));
    assertTrue(e.getMessage().contains("format 1"), e.getMessage());
  }
}
