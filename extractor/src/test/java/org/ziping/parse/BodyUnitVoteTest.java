package org.ziping.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.model.TextNormalizer;
import org.ziping.testing.Corpus;

/**
 * The bounded body vote ({@link BodyUnitVote}) chooses what the full vote (HanLP on every sentence
 * that may hold a name) chooses, on real texts and on texts mixing several units' sentences.
 */
class BodyUnitVoteTest {

  /** The full vote, as {@link MetadataParser#unitFromBody} counted before the bound. */
  static String fullVote(String text) {
    String body = MetadataParser.voteWindow(text);
    Map<String, Integer> votes = new LinkedHashMap<>();
    MetadataParser.patternVotes(body, (name, n) -> votes.merge(name, n, Integer::sum));
    for (String sentence : MetadataParser.voteSentences(body)) {
      for (String name : MetadataParser.placedOrganisations(sentence)) {
        votes.merge(name, 1, Integer::sum);
      }
    }
    return votes.entrySet().stream()
        .filter(e -> MetadataParser.eligibleUnit(e.getKey()))
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparingInt(e -> e.getKey().length()))
        .map(Map.Entry::getKey).orElse(null);
  }

  @Test
  void sameWinnerOnEveryTextOfTheCorpusFixturesAndRealDocuments() throws Exception {
    List<String> texts = texts();
    int checked = 0;
    for (String t : texts) {
      assertEquals(fullVote(t), MetadataParser.unitFromBody(t), () -> t.substring(0, 200));
      checked++;
    }
    assertTrue(checked >= 20, "texts checked: " + checked);
  }

  /** Sentences of several reports shuffled together: units compete, ties and near ties. */
  @Test
  void sameWinnerWhenUnitsCompete() throws Exception {
    List<String> sentences = new ArrayList<>();
    for (String t : texts()) {
      for (String s : t.split("(?<=[。；\\n])")) {
        if (UnitNames.mayHoldName(s)) {
          sentences.add(s);
        }
      }
    }
    Random r = new Random(11);
    int differentWinners = 0;
    String last = null;
    for (int i = 0; i < 25; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 5 + r.nextInt(i % 2 == 0 ? 20 : 120);
      for (int k = 0; k < n; k++) {
        sb.append(sentences.get(r.nextInt(sentences.size())));
      }
      String text = sb.toString();
      String full = fullVote(text);
      assertEquals(full, MetadataParser.unitFromBody(text), text);
      differentWinners += full != null && !full.equals(last) ? 1 : 0;
      last = full;
    }
    assertTrue(differentWinners > 5, "winners vary: " + differentWinners);
  }

  @Test
  void fewSentencesAreSegmentedWhenOneUnitLeads() throws Exception {
    String body = MetadataParser.voteWindow(TextNormalizer.normalize(
        Files.readString(Corpus.file("000", "txt"))));
    List<String> sentences = MetadataParser.voteSentences(body);
    BodyUnitVote vote = new BodyUnitVote(MetadataParser::eligibleUnit);
    MetadataParser.patternVotes(body, vote::add);
    int segmented = vote.addSentences(sentences, MetadataParser::placedOrganisations);
    assertEquals("乐昌市社会保险基金管理中心", vote.winner());
    assertTrue(segmented < sentences.size() / 2, segmented + " of " + sentences.size());
  }

  @Test
  void substringsCoverEveryValidNameHanLpGives() throws Exception {
    int names = 0;
    for (String t : texts()) {
      for (String s : MetadataParser.voteSentences(MetadataParser.voteWindow(t))) {
        List<String> subs = BodyUnitVote.nameSubstrings(s);
        for (String name : MetadataParser.placedOrganisations(s)) {
          if (MetadataParser.eligibleUnit(name)) {
            names++;
            assertTrue(subs.contains(name), name + " in " + s);
          }
        }
      }
    }
    assertTrue(names > 3, "valid names from HanLP: " + names);
  }

  /** The text the parser reads (normalised) of every text-like corpus file, fixture and real document. */
  private static List<String> texts() throws Exception {
    if (texts == null) {
      texts = readTexts();
    }
    return texts;
  }

  private static List<String> texts;

  private static List<String> readTexts() throws Exception {
    List<Path> files = new ArrayList<>();
    for (Path f : Corpus.files()) {
      if (f.toString().endsWith(".txt") || f.toString().endsWith(".docx")) {
        files.add(f);
      }
    }
    try (Stream<Path> s = Files.walk(Corpus.root().resolve("extractor/src/test/resources"))) {
      s.filter(p -> p.toString().matches(".*\\.(txt|md|html)")).forEach(files::add);
    }
    Path real = Corpus.root().resolve("../shared/realdocs");
    if (Files.isDirectory(real)) {
      try (Stream<Path> s = Files.list(real)) {
        s.filter(p -> p.toString().endsWith(".pdf")).forEach(files::add);
      }
    }
    DocumentReader reader = DocumentReader.standard(IngestConfig.defaults());
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      try {
        String t = TextNormalizer.normalize(reader.read(f).text());
        if (UnitNames.mayHoldName(t)) {
          texts.add(t);
        }
      } catch (Exception e) {
        // fixtures of refused inputs: not texts to vote on
      }
    }
    return texts;
  }
}
