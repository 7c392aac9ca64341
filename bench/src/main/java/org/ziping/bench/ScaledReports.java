package org.ziping.bench;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.index.IndexSchema;
import org.ziping.index.region.Division;
import org.ziping.index.region.Region;
import org.ziping.index.region.RegionResolver;
import org.ziping.report.ReportJson;
import org.ziping.pipeline.OrderedPool;

/**
 * A scaled corpus of extracted reports for {@code bench-index --reports N}: N report JSON
 * documents in the extract output format, made from the reports of extracted JSON files and
 * written once to {@code CACHE/reports-json-N/} ({@value #PER_FILE} reports per file, reused while
 * its {@code .complete} marker is there), so {@code index} reads them as it reads any extracted
 * JSON.
 *
 * <p>Algorithm: each seed report is turned once into a template: its compact JSON without the
 * running text, then the running text paragraph by paragraph (JSON-escaped), each cut into
 * literal pieces and variable pieces: the seed's county, city and province names (as the
 * {@link RegionResolver} reads the unit), years and decimal figures ({@link ScaledCorpus#YEAR},
 * {@link ScaledCorpus#FIGURE}). Report i takes template i mod T, a county-level division of the
 * GB/T 2260 table chosen by a multiplicative hash of i (with its city and province), the year
 * offset {@link ScaledCorpus#yearShift} of i / T, the figure factor {@link ScaledCorpus#factor} of
 * i (figures keep their precision; scores and figures followed by 分 are not scaled), and an order
 * of the body paragraphs where every third pair is swapped from an offset i mod 3. Generation is
 * string concatenation of the template pieces, on all processors.
 *
 * <p>Limits: the structure of each report is its seed's; the locations (offsets) in the JSON point
 * into the seed's text, not the varied one (the report page's evidence marks are off; search and
 * facets do not use them); integer figures (yuan) are not scaled, so a report's yuan and its
 * 万元 figure disagree; the audit findings are the seed's.
 */
public final class ScaledReports {
  static final int PER_FILE = 100;
  private static final Set<String> UNSCALED_KEYS = Set.of("declaredTotal", "maxTotal", "itemSum",
      "maxScore", "score");

  private enum Kind { LITERAL, COUNTY, CITY, PROVINCE, YEAR, FIGURE }

  private record Piece(Kind kind, String text) {}

  /** A seed report cut into pieces: the JSON without the text, then the text's paragraphs. */
  private record Template(List<Piece> head, List<List<Piece>> paragraphs) {}

  /** A place to put in: county, city and province names. */
  private record Place(String county, String city, String province) {}

  private final List<Template> templates;
  private final List<Place> places;

  private ScaledReports(List<Template> templates, List<Place> places) {
    this.templates = templates;
    this.places = places;
  }

  /** The files of {@code n} generated reports under {@code cache}, written on first use. */
  public static List<Path> ensure(Path cache, int n, List<Path> seedFiles) throws IOException {
    int files = (n + PER_FILE - 1) / PER_FILE;
    return GeneratedFolder.ensure(cache.resolve("reports-json-" + n), files, n,
        ScaledReports::name, dir -> {
          ScaledReports gen = of(seedFiles);
          Files.createDirectories(dir);
          gen.write(dir, n, files);
        });
  }

  private static String name(int file) {
    return String.format(Locale.ROOT, "%06d.json", file);
  }

  static ScaledReports of(List<Path> seedFiles) throws IOException {
    RegionResolver regions = RegionResolver.standard();
    List<Template> templates = new ArrayList<>();
    for (Path f : seedFiles) {
      JsonNode doc = ReportJson.mapper().readTree(f.toFile());
      for (JsonNode r : doc.path("reports")) {
        if (r instanceof ObjectNode report && report.hasNonNull("unit")) {
          templates.add(template(report.deepCopy(), regions));
        }
      }
    }
    if (templates.isEmpty()) {
      throw new IOException("no report with a unit among the inputs to generate reports from");
    }
    List<Place> places = new ArrayList<>();
    List<Division> all = new ArrayList<>(regions.divisions());
    all.sort(Comparator.comparing(Division::code));
    for (Division d : all) {
      if (!"county".equals(d.level()) || RegionResolver.placeholder(d.name())) {
        continue;
      }
      Division city = d.parent() == null ? null : regions.byCode(d.parent());
      Division prov = city == null || city.parent() == null ? null : regions.byCode(city.parent());
      if (prov == null) {
        continue;
      }
      String cityName = RegionResolver.placeholder(city.name()) ? prov.name() : city.name();
      places.add(new Place(d.name(), cityName, prov.name()));
    }
    return new ScaledReports(templates, places);
  }

  private static Template template(ObjectNode report, RegionResolver regions) {
    String text = report.path("text").asText("");
    report.remove("text");
    Region seed = regions.resolve(report.path("unit").asText(), text);
    Pattern pieces = piecePattern(seed);
    String json = IndexSchema.compactJson(report);
    List<Piece> head = cut(json.substring(0, json.length() - 1) + ",\"text\":\"", pieces, seed);
    List<List<Piece>> paragraphs = new ArrayList<>();
    for (String p : text.split("\n", -1)) {
      paragraphs.add(cut(new String(JsonStringEncoder.getInstance().quoteAsString(p)), pieces,
          seed));
    }
    return new Template(head, paragraphs);
  }

  private static Pattern piecePattern(Region seed) {
    Set<String> names = new LinkedHashSet<>();
    for (String s : new String[] {seed.county(), seed.city(), seed.province()}) {
      if (s != null && s.length() >= 2) {
        names.add(Pattern.quote(s));
      }
    }
    String place = names.isEmpty() ? "(?!)" : String.join("|", names);
    return Pattern.compile("(" + place + ")|" + ScaledCorpus.YEAR.pattern() + "|"
        + ScaledCorpus.FIGURE.pattern());
  }

  private static List<Piece> cut(String s, Pattern pieces, Region seed) {
    List<Piece> out = new ArrayList<>();
    Matcher m = pieces.matcher(s);
    int last = 0;
    while (m.find()) {
      Kind kind;
      if (m.group(1) != null) {
        kind = m.group(1).equals(seed.county()) ? Kind.COUNTY
            : m.group(1).equals(seed.city()) ? Kind.CITY : Kind.PROVINCE;
      } else if (m.group(2) != null) {
        kind = Kind.YEAR;
      } else if (isScore(s, m.start(), m.end())) {
        continue;
      } else {
        kind = Kind.FIGURE;
      }
      if (m.start() > last) {
        out.add(new Piece(Kind.LITERAL, s.substring(last, m.start())));
      }
      out.add(new Piece(kind, kind == Kind.YEAR ? m.group(2) : m.group()));
      last = m.end();
    }
    if (last < s.length()) {
      out.add(new Piece(Kind.LITERAL, s.substring(last)));
    }
    return out;
  }

  /** A figure that is a score: followed by 分, or the value of a score key of the JSON. */
  private static boolean isScore(String s, int start, int end) {
    if (end < s.length() && s.charAt(end) == '分') {
      return true;
    }
    if (start < 2 || s.charAt(start - 1) != ':' || s.charAt(start - 2) != '"') {
      return false;
    }
    int open = s.lastIndexOf('"', start - 3);
    return open >= 0 && UNSCALED_KEYS.contains(s.substring(open + 1, start - 2));
  }

  private void write(Path dir, int n, int files) throws IOException {
    int threads = OrderedPool.defaultThreads();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        done.add(pool.submit(() -> {
          for (int f = first; f < files; f += threads) {
            writeFile(dir.resolve(name(f)), f, n);
          }
          return null;
        }));
      }
      for (Future<?> d : done) {
        d.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while generating reports", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void writeFile(Path file, int f, int n) throws IOException {
    String name = file.getFileName().toString();
    Path tmp = file.resolveSibling(name + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write("{\"schemaVersion\":1,\"source\":{\"file\":\"generated/" + name
          + "\",\"format\":\"json\",\"sha256\":\"" + sha256("ziping-scaled-" + n + "-" + f)
          + "\"},\"reports\":[");
      int end = Math.min(n, (f + 1) * PER_FILE);
      for (int i = f * PER_FILE; i < end; i++) {
        if (i > f * PER_FILE) {
          w.write(',');
        }
        report(i, w);
      }
      w.write("],\"errors\":[]}");
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Writes report {@code i}: a function of i only. */
  void report(int i, Appendable out) throws IOException {
    Template t = templates.get(i % templates.size());
    Place place = places.get((int) ((i * 2_654_435_761L) % places.size()));
    int shift = ScaledCorpus.yearShift(i / templates.size());
    BigDecimal factor = ScaledCorpus.factor(i);
    emit(t.head(), place, shift, factor, out);
    int n = t.paragraphs().size();
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    for (int k = 1 + i % 3; k + 1 < n; k += 3) { // the first line (the title) stays first
      int x = order[k];
      order[k] = order[k + 1];
      order[k + 1] = x;
    }
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        out.append("\\n");
      }
      emit(t.paragraphs().get(order[k]), place, shift, factor, out);
    }
    out.append("\"}");
  }

  private static void emit(List<Piece> pieces, Place place, int shift, BigDecimal factor,
                           Appendable out) throws IOException {
    for (Piece p : pieces) {
      switch (p.kind()) {
        case LITERAL -> out.append(p.text());
        case COUNTY -> out.append(place.county());
        case CITY -> out.append(place.city());
        case PROVINCE -> out.append(place.province());
        case YEAR -> out.append(String.valueOf(2000 + Integer.parseInt(p.text()) + shift));
        case FIGURE -> out.append(ScaledCorpus.scale(p.text(), factor));
        default -> throw new IllegalStateException(p.kind().toString());
      }
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
