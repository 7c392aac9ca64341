package org.ziping.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.ziping.index.cli.IndexCommand;
import org.ziping.index.cli.SearchCommand;
import org.ziping.report.ReportJson;
import picocli.CommandLine;

/**
 * The seed searches of {@link SolrCloudSearchTest} and what their answers say, through the
 * {@code index} and {@code search} commands. Its {@link #main} builds the embedded index and
 * writes the answers of every search in a JVM of its own, as the command line runs them, away
 * from the Lucene defaults that Lucene's test framework randomises in the test JVM (codec, query
 * cache).
 */
public final class CorpusSearches {
  private CorpusSearches() {}

  /** The searches compared: the query text and the filter options. */
  static final List<List<String>> SEARCHES = List.of(
      List.of("养老保险"),
      List.of("取暖费"),
      List.of("工伤预防"),
      List.of("稳岗返还"),
      List.of("unit:湛江"),
      List.of("", "--rule", "EXEC_RATE_OVER_100"),
      List.of("", "--rule", "SCORE_SUM_MISMATCH"),
      List.of("", "--min-score", "99.5"),
      List.of("", "--region", "广东省"),
      List.of("", "--year", "2022", "--kind", "department"),
      List.of(""),
      List.of("养老保险 OR 取暖费", "--region", "广东"),
      List.of("score:[95 TO *] AND year:2023"),
      List.of("source:*.pdf 养老保险"));

  record Result(int code, String out, String err) {}

  static Result run(Callable<Integer> command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** The key of a search in the answers: its arguments, and whether all formats apart. */
  static String key(List<String> search, boolean allFormats) {
    return search + (allFormats ? " --all-formats" : "");
  }

  static JsonNode search(List<String> args, boolean allFormats, String... where) throws Exception {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--json", "--limit=100"));
    if (allFormats) {
      all.add("--all-formats");
    }
    all.addAll(List.of(where));
    Result r = run(new SearchCommand(), all.toArray(new String[0]));
    if (r.code() != 0) {
      throw new IllegalStateException(args + ": exit " + r.code() + ": " + r.err());
    }
    return ReportJson.mapper().readTree(r.out());
  }

  /**
   * What a result says, for comparison: the total, the hits (each the ids of its files: the same
   * report with the same matching formats), the facet counts. Which file of a report heads its
   * hit follows the scores of its files, which the two engines may order differently where they
   * differ only in the last digits; the hits' order is not compared for the same reason.
   */
  static String digest(JsonNode r) {
    StringBuilder sb = new StringBuilder("total " + r.get("total").asLong() + "\n");
    TreeSet<String> hits = new TreeSet<>();
    for (JsonNode h : r.get("hits")) {
      TreeSet<String> formats = new TreeSet<>();
      h.get("formats").forEach(f -> formats.add(f.get("id").asText()));
      if (!formats.contains(h.get("id").asText())) {
        throw new IllegalStateException("a hit that is not one of its formats: " + h);
      }
      hits.add(formats.toString());
    }
    hits.forEach(h -> sb.append(h).append('\n'));
    for (JsonNode dim : r.get("facets")) {
      Map<String, Long> counts = new TreeMap<>();
      dim.get("values").forEach(v -> counts.put(v.get("label").asText(), v.get("count").asLong()));
      sb.append(dim.get("dim").asText()).append(' ').append(counts).append('\n');
    }
    return sb.toString();
  }

  /** {@code JSON_DIR INDEX_DIR OUT}: indexes the JSON and writes every search's digest to OUT. */
  public static void main(String[] args) throws Exception {
    Result r = run(new IndexCommand(), args[0], "--index", args[1]);
    if (r.code() != 0) {
      throw new IllegalStateException("index: " + r.err());
    }
    Map<String, String> answers = new LinkedHashMap<>();
    for (List<String> s : SEARCHES) {
      for (boolean allFormats : new boolean[] {false, true}) {
        answers.put(key(s, allFormats), digest(search(s, allFormats, "--index", args[1])));
      }
    }
    Files.writeString(Path.of(args[2]), ReportJson.write(answers));
  }
}
