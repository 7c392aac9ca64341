package org.ziping.index.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.ziping.index.ReportExport;
import org.ziping.index.ReportWorkbook;
import org.ziping.render.Lang;
import org.ziping.index.ReportSearch;
import org.ziping.index.ReportSearcher;
import org.ziping.index.cluster.ClusterOptions;
import org.ziping.index.ReportSummary;
import org.ziping.index.SearchFilters;
import org.ziping.index.SearchResult;
import org.ziping.report.ReportJson;
import org.ziping.cli.ConsoleCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ziping search QUERY --index DIR [filters]}: ranked reports with unit, year, score and a
 * highlighted snippet; {@code --json} for scripts; {@code --export csv|jsonl [-o FILE]} writes every
 * matching report's structured fields, {@code --export xlsx -o FILE} a workbook of the reports and
 * their findings ({@link ReportWorkbook}). Exit 2 for a query that does not parse, 1 when the index
 * cannot be read. The range filters ({@code --min-score} … {@code --max-actual}) are the rows of
 * {@link RangeFilter}, their help texts in {@code SearchCommand.properties}.
 */
@Command(name = "search",
    description = {"Search the report index. QUERY uses Lucene's query syntax: words are AND-ed; "
        + "OR, NOT, \"phrases\", field:value (unit, title, sections, rule, kind, grade, "
        + "province, city, region) and ranges (year:[2021 TO 2022], score:[95 TO *], "
        + "exec_rate:{100 TO *], budget_yuan, actual_yuan) work. An empty QUERY (\"\") lists "
        + "all reports that pass the filters."},
    modelTransformer = RangeFilter.Options.class,
    resourceBundle = "org.ziping.index.cli.SearchCommand")
public final class SearchCommand extends ConsoleCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", defaultValue = "",
      description = "the query (Lucene syntax, see above); \"\" or none lists every report that "
          + "passes the filters")
  String query;

  @Option(names = "--index", paramLabel = "DIR",
      description = "the index folder written by 'ziping index'") Path index;
  @Mixin ClusterOptions cluster = new ClusterOptions();
  @Option(names = "--json", description = "results as JSON") boolean json;
  @Option(names = "--limit", defaultValue = "10", paramLabel = "N",
      description = "show at most N reports (default ${DEFAULT-VALUE})") int limit;
  @Option(names = "--offset", defaultValue = "0", paramLabel = "N",
      description = "skip the first N reports of the ranking (paging; default ${DEFAULT-VALUE})")
  int offset;
  @Option(names = "--export", paramLabel = "csv|jsonl|xlsx",
      description = "write every matching report's fields instead of the ranked list; xlsx is a "
          + "workbook with a sheet of reports and a sheet of findings (needs -o)")
  String export;
  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "export file (default: standard output)")
  Path output;

  @Option(names = "--all-formats", description = "list each file of a report apart (by default "
      + "the files of one report in several formats are one hit, listing its formats)")
  boolean allFormats;

  @Option(names = "--year", paramLabel = "YEAR",
      description = "the year the report is about; repeat for any of several") List<Integer> years;
  @Option(names = "--rule", paramLabel = "RULE", description = "has a finding of this rule")
  List<String> rules;
  @Option(names = "--severity", paramLabel = "error|warning|info",
      description = "has a finding of this severity") List<String> severities;
  @Option(names = "--region", paramLabel = "NAME",
      description = "province, city or county (广东省, 广东, 湛江市)") List<String> regions;
  @Option(names = "--province", paramLabel = "NAME",
      description = "province of the reporting unit (广东省)") List<String> provinces;
  @Option(names = "--city", paramLabel = "NAME",
      description = "city of the reporting unit (湛江市)") List<String> cities;
  @Option(names = "--kind", paramLabel = "department|project|special",
      description = "document kind: department (部门整体支出), project (项目支出), special (专项资金), "
          + "or another kind of the report JSON") List<String> kinds;
  @Option(names = "--grade", paramLabel = "GRADE",
      description = "the grade as written (优, 良, 优秀 …)") List<String> grades;

  SearchFilters filters() {
    SearchFilters.Builder b = SearchFilters.builder().years(years).rules(rules)
        .severities(severities).regions(regions).provinces(provinces).cities(cities).kinds(kinds)
        .grades(grades);
    for (RangeFilter r : RangeFilter.values()) {
      r.set(b, spec);
    }
    return b.build();
  }

  @Override
  public Integer call() {
    PrintWriter out = out();
    PrintWriter err = err();
    ReportExport.Format format = null;
    boolean xlsx = "xlsx".equalsIgnoreCase(export);
    if (xlsx && output == null) {
      err.println("search: --export xlsx needs -o FILE");
      return 2;
    }
    if (export != null && !xlsx) {
      try {
        format = ReportExport.parseFormat(export);
      } catch (IllegalArgumentException e) {
        err.println("search: --export takes csv, jsonl or xlsx, not '" + export + "'");
        return 2;
      }
    }
    if (limit < 0 || offset < 0) {
      err.println("search: --limit and --offset must not be negative");
      return 2;
    }
    if (!cluster.namesOneIndex(index, err, "search: ")) {
      return 2;
    }
    try (ReportSearch searcher = cluster.given() ? cluster.backend().searcher(cluster.target())
        : opened(index)) {
      if (xlsx) {
        long n;
        try (var o = Files.newOutputStream(output)) {
          n = ReportWorkbook.write(searcher, query, filters(), Lang.ZH, o);
        }
        err.println("search: exported " + n + " report(s) to " + output);
        return 0;
      }
      if (format != null) {
        return export(searcher, format, out, err);
      }
      SearchResult r = searcher.search(query, filters(), offset, limit, allFormats);
      if (json) {
        out.print(ReportJson.write(r));
      } else {
        printText(r, out);
      }
      out.flush();
      err.println("search: " + r.total() + " report(s) match, " + r.hits().size() + " shown");
      err.flush();
      return 0;
    } catch (ParseException e) {
      err.println("search: cannot parse the query: " + e.getMessage().lines().findFirst()
          .orElse(""));
      return 2;
    } catch (IllegalArgumentException | IndexSearcher.TooManyClauses e) {
      err.println("search: " + (e.getMessage() == null ? e.toString()
          : e.getMessage().lines().findFirst().orElse("")));
      return 2;
    } catch (IOException e) {
      err.println("search: " + e.getMessage());
      return 1;
    }
  }

  /** The index opened while the command line was built, else opened now (no result cache). */
  private static ReportSearcher opened(Path index) throws IOException {
    ReportSearcher preloaded = SearcherPreload.take(index);
    return preloaded != null ? preloaded : new ReportSearcher(index, 0);
  }

  private int export(ReportSearch searcher, ReportExport.Format format, PrintWriter out,
                     PrintWriter err) throws IOException, ParseException {
    Writer w = output == null ? out
        : new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8);
    long n;
    try {
      n = ReportExport.writeAll(searcher, query, filters(), allFormats, format, w);
    } finally {
      if (output != null) {
        w.close();
      }
    }
    err.println("search: exported " + n + " report(s)" + (output == null ? "" : " to " + output));
    return 0;
  }

  private void printText(SearchResult r, PrintWriter out) {
    boolean tty = System.console() != null && System.getenv("NO_COLOR") == null;
    String open = tty ? "\u001b[1;31m" : "«";
    String close = tty ? "\u001b[0m" : "»";
    out.println(r.total() + " report(s) match" + (query.isBlank() ? "" : " " + query));
    int rank = offset;
    for (SearchResult.Hit h : r.hits()) {
      ReportSummary s = h.report();
      List<String> head = new ArrayList<>();
      head.add(s.unit() == null ? "(unit unknown)" : s.unit());
      if (s.year() != null) {
        head.add(s.year().toString());
      }
      if (s.kind() != null) {
        head.add(s.kind());
      }
      if (s.declaredScore() != null) {
        head.add("score " + s.declaredScore().toPlainString()
            + (s.grade() == null ? "" : " " + s.grade()));
      }
      String place = place(s);
      if (!place.isEmpty()) {
        head.add(place);
      }
      out.printf("%2d. %s%n", ++rank, String.join(" · ", head));
      String snippet = h.snippet().render(open, close);
      if (!snippet.isBlank()) {
        out.println("    " + snippet);
      }
      out.println("    " + h.id() + "  " + s.sourceFile()
          + (s.rules().isEmpty() ? "" : "  rules: " + String.join(", ", s.rules())));
      if (h.formats().size() > 1) {
        out.println("    formats: " + String.join(", ", h.formats().stream()
            .map(SearchResult.Format::format).toList())
            + (h.disagreements().isEmpty() ? "" : "; they disagree on " + String.join(", ",
                h.disagreements().stream().map(d -> d.field() + " " + d.values()).toList())));
      }
    }
  }

  static String place(ReportSummary s) {
    StringBuilder sb = new StringBuilder();
    for (String p : new String[] {s.region().province(), s.region().city(), s.region().county()}) {
      if (p != null) {
        sb.append(p);
      }
    }
    return sb.toString();
  }
}
