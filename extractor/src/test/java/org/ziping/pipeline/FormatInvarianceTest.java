package org.ziping.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ziping.report.ReportJson;
import org.ziping.report.ExtractedDocument;
import org.ziping.testing.Corpus;
import org.ziping.testing.GoldenFiles;

/**
 * txt, docx, doc and pdf of the same report agree on everything except {@code source} and
 * {@code location}s (offsets and pages differ by format), white space inside quoted text, finding
 * ids (which hash the file), the reports' running text (each format's own extracted text) and
 * the evidence sources (a PDF's page occurrences, a paged-less format's tables).
 */
class FormatInvarianceTest {
  private static final StandardExtraction EXTRACTION = new StandardExtraction();

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void allFormatsAgree(String seed) {
    String txt = canonical(EXTRACTION.extract(Corpus.file(seed, "txt")));
    for (String ext : Corpus.formatsBesideText()) {
      String other = canonical(EXTRACTION.extract(Corpus.file(seed, ext)));
      if (!txt.equals(other)) {
        throw new AssertionError(seed + " txt vs " + ext + " differ:\n"
            + GoldenFiles.diff(txt, other, 60));
      }
    }
  }

  @org.junit.jupiter.api.Test
  void gb18030WithCrlfReadsLikeUtf8(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    for (String seed : List.of("000", "002")) {
      java.nio.file.Path utf8 = Corpus.file(seed, "txt");
      String text = java.nio.file.Files.readString(utf8).replace("\n", "\r\n");
      java.nio.file.Path gb = dir.resolve(seed + "-gb18030.txt");
      java.nio.file.Files.write(gb, text.getBytes(java.nio.charset.Charset.forName("GB18030")));
      String a = canonical(EXTRACTION.extract(utf8));
      String b = canonical(EXTRACTION.extract(gb));
      if (!a.equals(b)) {
        throw new AssertionError(seed + " GB18030/CRLF differs:\n" + GoldenFiles.diff(a, b, 40));
      }
    }
  }

  static String canonical(ExtractedDocument d) {
    JsonNode n = ReportJson.mapper().valueToTree(d);
    ((ObjectNode) n).remove("source");
    // a report's running text is the format's own extracted text; its items are compared instead
    n.path("reports").forEach(r -> ((ObjectNode) r).remove("text"));
    // where the evidence stands in the format's own document: pages for a PDF, tables otherwise
    n.path("reports").forEach(r -> ((ObjectNode) r).remove(
        List.of("pageOccurrences", "evidenceTables")));
    strip(n);
    return ReportJson.write(n);
  }

  private static void strip(JsonNode n) {
    if (n instanceof ObjectNode o) {
      o.remove(List.of("location", "gradeLocation", "figureLocations", "id"));
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String k : names) {
        JsonNode v = o.get(k);
        if (v.isTextual()) {
          o.set(k, new TextNode(v.asText().replaceAll("[\\s\\u3000]+", "")));
        } else {
          strip(v);
        }
      }
    } else if (n instanceof ArrayNode a) {
      for (Iterator<JsonNode> it = a.elements(); it.hasNext(); ) {
        strip(it.next());
      }
    }
  }

}
