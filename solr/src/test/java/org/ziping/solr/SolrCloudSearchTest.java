package org.ziping.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.BeforeClass;
import org.junit.Test;
import org.ziping.index.IndexSchema;
import org.ziping.index.ReportIndexer;
import org.ziping.index.cli.IndexCommand;
import org.ziping.index.cli.SearchCommand;
import org.ziping.report.ReportJson;
import org.ziping.pipeline.Extraction;
import picocli.CommandLine;

/**
 * ziping on a real SolrCloud (MiniSolrCloudCluster: ZooKeeper and two Solr nodes in this JVM, on
 * the loopback address): a collection of 2 shards × 2 replicas made from {@code solr/configset},
 * the corpus indexed through the {@code index} command with {@code --solr}, and every seed search
 * of the search issue answered through the {@code search} command with the same reports, totals
 * and facet counts as the embedded index built from the same files by the same command. Then one
 * node is stopped and every search is still answered, with nothing lost; then one file changes and
 * is indexed again, leaving one document for it.
 *
 * <p>The corpus is extracted once (in this JVM, by the standard extraction) to JSON, and both
 * indexes read that JSON, so both hold documents built from the same reports. The embedded index
 * is built and searched in a JVM of its own ({@link CorpusSearches#main}), as the command line
 * runs it, away from the global Lucene defaults that the test framework randomises here.
 */
public class SolrCloudSearchTest extends SolrCloudTestCase {
  static final String COLLECTION = "reports";
  static Path json;
  static Path embedded;
  static String[] solr;

  /** The embedded index's answer to each search ({@link CorpusSearches#main}). */
  static Map<String, String> embeddedAnswers;

  public static Path corpus() {
    String prop = System.getProperty("ziping.root");
    Path p = prop != null ? Paths.get(prop) : Paths.get("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("corpus"))) {
      p = p.getParent();
    }
    assertNotNull("the corpus folder above " + Paths.get("").toAbsolutePath(), p);
    return p.resolve("corpus");
  }

  static Path configset() {
    return corpus().getParent().resolve("solr/configset/conf");
  }

  @BeforeClass
  public static void clusterAndIndexes() throws Exception {
    configureCluster(2).addConfig("ziping", configset()).configure();
    CollectionAdminRequest.createCollection(COLLECTION, "ziping", 2, 2)
        .setRouterField(IndexSchema.GROUP)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    solr = new String[] {"--solr", String.join(",", cluster.getJettySolrRunners().stream()
        .map(j -> j.getBaseUrl().toString()).toList()), "--collection", COLLECTION};

    Path work = createTempDir("ziping");
    json = work.resolve("json");
    Files.createDirectories(json);
    Extraction ex = ReportIndexer.findExtraction().orElseThrow();
    try (Stream<Path> files = Files.list(corpus())) {
      for (Path f : files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*"))
          .sorted().toList()) {
        Files.writeString(json.resolve(f.getFileName() + ".json"),
            ReportJson.write(ex.extract(f)));
      }
    }
    embedded = work.resolve("idx");
    Path answers = work.resolve("embedded-answers.json");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        CorpusSearches.class.getName(), json.toString(), embedded.toString(), answers.toString())
        .redirectErrorStream(true).redirectOutput(work.resolve("embedded.log").toFile()).start();
    assertTrue("the embedded index's JVM ends", p.waitFor(300, TimeUnit.SECONDS));
    assertEquals(Files.readString(work.resolve("embedded.log")), 0, p.exitValue());
    embeddedAnswers = ReportJson.mapper().readValue(answers.toFile(),
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
    CorpusSearches.Result s = run(new IndexCommand(), concat(new String[] {json.toString()}, solr));
    assertEquals(s.err(), 0, s.code());
    assertTrue(s.err(), s.err().contains("0 failed"));
  }

  static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  static JsonNode search(List<String> args, boolean allFormats, String... where) throws Exception {
    return CorpusSearches.search(args, allFormats, where);
  }

  static CorpusSearches.Result run(java.util.concurrent.Callable<Integer> command, String... args) {
    return CorpusSearches.run(command, args);
  }

  void sameAsEmbedded() throws Exception {
    for (List<String> s : CorpusSearches.SEARCHES) {
      for (boolean allFormats : new boolean[] {false, true}) {
        String key = CorpusSearches.key(s, allFormats);
        String expected = embeddedAnswers.get(key);
        assertNotNull(key, expected);
        assertEquals(key, expected, CorpusSearches.digest(search(s, allFormats, solr)));
      }
    }
  }

  /**
   * The corpus on the cluster, in order (the steps change the cluster: the randomized runner
   * would shuffle separate test methods): the seed searches, one node stopped, a changed file.
   */
  @Test
  public void corpusOnSolrCloudAsOnTheEmbeddedIndex() throws Exception {
    seedSearchesGiveTheEmbeddedIndexsReportsAndFacets();
    sparkLinesOfTheSameJsonReplaceItsDocuments();
    oneNodeStoppedEverySearchAnsweredNothingLost();
    changedFileIndexedAgainLeavesOneDocument();
  }

  void seedSearchesGiveTheEmbeddedIndexsReportsAndFacets() throws Exception {
    JsonNode pension = search(List.of("养老保险"), false, solr);
    assertEquals(6, pension.get("total").asInt());
    assertEquals(6, pension.get("hits").size());
    int formats = pension.get("hits").get(0).get("formats").size();
    assertTrue("each report in several formats: " + formats, formats > 1);
    assertEquals(6 * formats, search(List.of("养老保险"), true, solr).get("total").asInt());
    assertFalse("snippets", pension.get("hits").get(0).get("snippet").get("text").asText()
        .isBlank());
    assertEquals(1, search(List.of("取暖费"), false, solr).get("total").asInt());
    assertEquals(2, search(List.of("稳岗返还"), false, solr).get("total").asInt());
    sameAsEmbedded();
    CorpusSearches.Result bad = run(new SearchCommand(), concat(new String[] {"养老 AND ("}, solr));
    assertEquals(bad.err(), 2, bad.code());
    assertTrue(bad.err(), bad.err().contains("cannot parse"));
  }

  @Test
  public void solrFieldTypesCutAsTheEmbeddedAnalyzers() throws Exception {
    Analyzer a = IndexSchema.analyzer();
    String text = "湛江市社会保险基金管理局2023年度部门整体支出绩效自评报告：打好失业保险稳岗返还攻坚战，"
        + "基本养老保险金的征集\r\n预算执行率达到１００％，ＡＢＣ工伤预防项目(取暖费)";
    for (String field : List.of(IndexSchema.TEXT, IndexSchema.TEXT_BIGRAM, IndexSchema.TITLE,
        IndexSchema.SECTIONS, IndexSchema.UNIT_CHARS)) {
      FieldAnalysisRequest req = new FieldAnalysisRequest();
      req.setFieldNames(List.of(field));
      req.setFieldValue(text);
      req.setQuery(text);
      FieldAnalysisResponse r = req.process(cluster.getSolrClient(), COLLECTION);
      FieldAnalysisResponse.Analysis an = r.getFieldNameAnalysis(field);
      List<String> expected = tokens(a, field, text);
      assertEquals(field + " at index time", expected, last(an.getIndexPhases()));
      assertEquals(field + " at query time", expected, last(an.getQueryPhases()));
    }
  }

  static List<String> last(Iterable<AnalysisResponseBase.AnalysisPhase> phases) {
    AnalysisResponseBase.AnalysisPhase last = null;
    for (AnalysisResponseBase.AnalysisPhase p : phases) {
      last = p;
    }
    List<String> out = new ArrayList<>();
    for (AnalysisResponseBase.TokenInfo t : last.getTokens()) {
      out.add(t.getText() + "@" + t.getPosition() + ":" + t.getStart() + "-" + t.getEnd());
    }
    return out;
  }

  static List<String> tokens(Analyzer a, String field, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = 0;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(term + "@" + pos + ":" + off.startOffset() + "-" + off.endOffset());
      }
      ts.end();
    }
    return out;
  }

  void oneNodeStoppedEverySearchAnsweredNothingLost() throws Exception {
    DocCollection before = getCollectionState(COLLECTION);
    for (Slice slice : before.getSlices()) {
      TreeSet<String> nodes = new TreeSet<>();
      slice.getReplicas().forEach(r -> nodes.add(r.getNodeName()));
      assertEquals(slice.getName() + " has a replica on each node", 2, nodes.size());
    }
    long all = cluster.getSolrClient().query(COLLECTION, new SolrQuery("*:*")).getResults()
        .getNumFound();
    JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
    cluster.waitForJettyToStop(stopped);
    String live = cluster.getJettySolrRunner(0).getNodeName();
    waitForState("a leader on the live node for every shard", COLLECTION, 60, TimeUnit.SECONDS,
        (liveNodes, c) -> c != null && c.getSlices().stream().allMatch(sl -> {
          Replica leader = sl.getLeader();
          return leader != null && leader.getNodeName().equals(live)
              && leader.getState() == Replica.State.ACTIVE && liveNodes.contains(live);
        }));
    sameAsEmbedded();
    assertEquals(all, cluster.getSolrClient().query(COLLECTION, new SolrQuery("*:*"))
        .getResults().getNumFound());
  }

  /**
   * The same extracted documents as a Spark {@code reports/} folder (JSON Lines parts, _SUCCESS,
   * hidden .crc files): the same ids replace the JSON's documents, the searches answer as before,
   * and a second run finds every line unchanged.
   */
  void sparkLinesOfTheSameJsonReplaceItsDocuments() throws Exception {
    long all = cluster.getSolrClient().query(COLLECTION, new SolrQuery("*:*")).getResults()
        .getNumFound();
    Path reports = createTempDir("spark").resolve("reports");
    Files.createDirectories(reports);
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(json)) {
      for (Path f : files.sorted().toList()) {
        lines.add(ReportJson.line(ReportJson.mapper().readValue(f.toFile(),
            org.ziping.report.ExtractedDocument.class)));
      }
    }
    Files.writeString(reports.resolve("part-00000-1a2b.txt"), String.join("\n", lines) + "\n");
    Files.writeString(reports.resolve("_SUCCESS"), "");
    Files.write(reports.resolve(".part-00000-1a2b.txt.crc"), new byte[] {0, 1, (byte) 0xff});
    CorpusSearches.Result first = run(new IndexCommand(),
        concat(new String[] {reports.toString()}, solr));
    assertEquals(first.err(), 0, first.code());
    assertTrue(first.err(), first.err().contains(lines.size() + " input(s): " + lines.size()
        + " indexed"));
    assertEquals(all, cluster.getSolrClient().query(COLLECTION, new SolrQuery("*:*"))
        .getResults().getNumFound());
    sameAsEmbedded();
    CorpusSearches.Result again = run(new IndexCommand(),
        concat(new String[] {reports.toString()}, solr));
    assertTrue(again.err(), again.err().contains("0 indexed (0 reports), " + lines.size()
        + " unchanged, 0 failed"));
  }

  /** With one node still down: indexing goes on, to the shard leaders on the live node. */
  void changedFileIndexedAgainLeavesOneDocument() throws Exception {
    Path dir = createTempDir("changed");
    Path f = dir.resolve("002.txt");
    Path seed = corpus().resolve("002_2023_zhengning-shebao-ju_department.txt");
    Files.copy(seed, f);
    CorpusSearches.Result first = run(new IndexCommand(), concat(new String[] {f.toString()}, solr));
    assertEquals(first.err(), 0, first.code());
    String key = f.toAbsolutePath().normalize().toString();
    List<String> ids1 = idsOf(key);
    assertEquals(1, ids1.size());
    Files.writeString(f, Files.readString(f) + "\n（本报告已更正。）\n");
    CorpusSearches.Result second = run(new IndexCommand(), concat(new String[] {f.toString()}, solr));
    assertEquals(second.err(), 0, second.code());
    List<String> ids2 = idsOf(key);
    assertEquals("one document for the changed file", 1, ids2.size());
    assertNotEquals("the new content's id", ids1.get(0), ids2.get(0));
    assertEquals(ReportIndexer.sha256(f) + "-1", ids2.get(0));
    CorpusSearches.Result again = run(new IndexCommand(), concat(new String[] {f.toString()}, solr));
    assertTrue(again.err(), again.err().contains("1 unchanged"));
    assertEquals(1, idsOf(key).size());
  }

  static List<String> idsOf(String input) throws Exception {
    SolrQuery q = new SolrQuery("{!term f=input v=$p}");
    q.set("p", input);
    q.setFields("id");
    List<String> ids = new ArrayList<>();
    cluster.getSolrClient().query(COLLECTION, q).getResults()
        .forEach(d -> ids.add((String) d.getFirstValue("id")));
    return ids;
  }
}
