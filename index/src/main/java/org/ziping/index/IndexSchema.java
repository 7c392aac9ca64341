package org.ziping.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.ziping.index.analysis.ChineseAnalyzers;
import org.ziping.report.ReportJson;
import org.ziping.report.Report;

/**
 * The index layout: one Lucene document per report.
 *
 * <ul>
 *   <li>{@code text}: the report's text ({@link ReportText}), HanLP words, offsets in the
 *       postings for highlighting; {@code text_bigram}: the same text as CJK bigrams (highlighted
 *       through {@code text} as a masked field); {@code text_lz4}: the same text, LZ4-compressed
 *       UTF-8 in binary doc values ({@link CompressedText}), what snippets are cut from;</li>
 *   <li>{@code title}, {@code sections}: dictionary words (as {@code text}), for fielded queries;
 *       {@code unit_chars}: the unit one character per position, which {@code unit:} queries
 *       search part by part ({@link UnitQuery}; there is no word field of the unit);</li>
 *   <li>keywords (exact, also usable in query syntax): {@code id}, {@code input}, {@code source},
 *       {@code province}, {@code city}, {@code county}, {@code region} (all three names),
 *       {@code kind}, {@code grade}, {@code rule} (one per distinct finding rule),
 *       {@code severity} (one per distinct finding severity);</li>
 *   <li>numbers (points; ranges in query syntax as {@code score:[95 TO 100]}): {@code year},
 *       {@code findings} (int); {@code score}, {@code exec_rate}, {@code budget_yuan},
 *       {@code actual_yuan} (double);</li>
 *   <li>facets (sorted-set doc values): province, city, year, kind, grade, rule;</li>
 *   <li>{@code group_key} (keyword, stored, sorted doc values): the same report in other formats
 *       ({@link ReportGroups}), collapsed from doc values at search time ({@link GroupCollapse});</li>
 *   <li>{@code summary_json} ({@link ReportSummary}): binary doc values, read for every hit of a
 *       page without touching the stored fields;</li>
 *   <li>stored: {@code report_json} (the whole report as extracted, for the report page; stored
 *       last, LZ4-compressed by {@link CompressedText}), {@code input_sha256} (for incremental
 *       indexing).</li>
 * </ul>
 *
 * <p>The layout has a format number ({@link #FORMAT}), written into every commit's user data;
 * an index of another format is refused with a message to rebuild it ({@link #checkFormat}).
 */
public final class IndexSchema {
  public static final String ID = "id";
  public static final String ID_SORT = "id_sort";
  public static final String INPUT = "input";
  public static final String INPUT_SHA256 = "input_sha256";
  public static final String SOURCE = "source";
  public static final String TEXT = "text";
  public static final String TEXT_BIGRAM = "text_bigram";
  /**
   * The report text as LZ4-compressed UTF-16 in binary doc values ({@link CompressedText}): the
   * value {@link #TEXT} would have if it were stored, read for the snippets of a page's hits.
   */
  public static final String TEXT_LZ4 = "text_lz4";
  public static final String TITLE = "title";
  /** The name {@code unit:} queries use; they search {@link #UNIT_CHARS} ({@link UnitQuery}). */
  public static final String UNIT = "unit";
  /** The unit name one character per position, for {@code unit:} queries ({@link UnitQuery}). */
  public static final String UNIT_CHARS = "unit_chars";
  public static final String SECTIONS = "sections";
  public static final String PROVINCE = "province";
  public static final String CITY = "city";
  public static final String COUNTY = "county";
  public static final String REGION = "region";
  public static final String YEAR = "year";
  public static final String KIND = "kind";
  public static final String GRADE = "grade";
  public static final String RULE = "rule";
  public static final String SEVERITY = "severity";
  public static final String FINDINGS = "findings";
  public static final String SCORE = "score";
  public static final String EXEC_RATE = "exec_rate";
  public static final String BUDGET_YUAN = "budget_yuan";
  public static final String ACTUAL_YUAN = "actual_yuan";
  public static final String SUMMARY_JSON = "summary_json";
  public static final String REPORT_JSON = "report_json";
  /** The report's group ({@link ReportGroups#key}): its files in other formats share it. */
  public static final String GROUP = "group_key";

  /** Facet dimensions, in the order the page shows them. */
  public static final List<String> FACET_DIMS = List.of(PROVINCE, CITY, YEAR, KIND, GRADE, RULE);
  public static final Set<String> KEYWORD_FIELDS = Set.of(ID, INPUT, SOURCE, PROVINCE, CITY, COUNTY,
      REGION, KIND, GRADE, RULE, SEVERITY);
  public static final Set<String> INT_FIELDS = Set.of(YEAR, FINDINGS);
  public static final Set<String> DOUBLE_FIELDS = Set.of(SCORE, EXEC_RATE, BUDGET_YUAN, ACTUAL_YUAN);

  private static final FieldType TEXT_OFFSETS = textType();
  /** Jackson's writer of compact JSON: in a holder, so searching does not load the mapper. */
  private static final class Compact {
    static final ObjectWriter WRITER =
        ReportJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * The index format: 1 (no number recorded) had the HanLP Viterbi words over the whole text and
   * the summary as a stored field; 2 has dictionary words over the text, the group key and the
   * summary as doc values; 3 has dictionary words over the title and the section headings too
   * (Viterbi words before) and no word field of the unit (never searched: {@code unit:} queries
   * search {@code unit_chars}), the section headings as one value and the report JSON stored
   * compressed ({@link CompressedText}); 4 keeps the text for snippets in binary doc values
   * ({@link #TEXT_LZ4}) instead of a stored field (reading a stored field decompressed the
   * record of the whole document); 5 keeps that text as UTF-16 code units instead of UTF-8
   * (decoding UTF-8 was a third of a new query's snippet work).
   */
  public static final int FORMAT = 5;
  /** The commit user-data key of {@link #FORMAT}. */
  public static final String FORMAT_KEY = "ziping.index.format";

  private IndexSchema() {}

  /**
   * Refuses an index whose last commit has another format (or none: written by a version before
   * format numbers), naming the folder and what to do.
   */
  public static void checkFormat(Map<String, String> commitUserData, Object where)
      throws IOException {
    String f = commitUserData.get(FORMAT_KEY);
    if (!String.valueOf(FORMAT).equals(f)) {
      throw new IOException("the index at " + where + " was written by "
          + (f == null ? "an older version of ziping" : "ziping index format " + f)
          + "; this version reads and writes format " + FORMAT
          + ": remove the folder and run `ziping index` again");
    }
  }

  private static FieldType textType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued(RULE, true);
    return c;
  }

  /**
   * Dictionary words for the text fields ({@code text}, {@code title}, {@code sections}, and any
   * other field named in a query), bigrams for {@code text_bigram}, characters for
   * {@code unit_chars}, keywords as they are. The Viterbi segmenter ({@link
   * ChineseAnalyzers#words()}) was used for title and sections until format 3: it costs about ten
   * times as much per character, and its calls on the many short headings of each report were
   * 7 % of the indexing time.
   */
  public static Analyzer analyzer() {
    Analyzer keyword = new KeywordAnalyzer();
    Map<String, Analyzer> per = new HashMap<>();
    per.put(TEXT_BIGRAM, ChineseAnalyzers.bigrams());
    per.put(UNIT_CHARS, ChineseAnalyzers.chars());
    for (String f : KEYWORD_FIELDS) {
      per.put(f, keyword);
    }
    return new PerFieldAnalyzerWrapper(ChineseAnalyzers.dictionaryWords(), per);
  }

  public static String compactJson(Object o) {
    try {
      return Compact.WRITER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + o.getClass().getSimpleName(), e);
    }
  }

  /**
   * The Lucene document of one report (before {@link FacetsConfig#build}); {@code text} is the
   * report's searchable text ({@link ReportText#fullText}).
   */
  public static Document toDocument(ReportSummary s, Report report, String text,
                                    String inputSha256) {
    Document d = new Document();
    d.add(new StringField(ID, s.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ID_SORT, new BytesRef(s.id())));
    d.add(new StringField(INPUT, s.input(), Field.Store.YES));
    d.add(new StoredField(INPUT_SHA256, inputSha256));
    if (s.sourceFile() != null) {
      d.add(new StringField(SOURCE, s.sourceFile(), Field.Store.NO));
    }
    d.add(new Field(TEXT, text, TEXT_OFFSETS));
    d.add(new BinaryDocValuesField(TEXT_LZ4, CompressedText.encodeUtf16(text)));
    d.add(new Field(TEXT_BIGRAM, text, TEXT_OFFSETS));
    if (s.title() != null) {
      d.add(new TextField(TITLE, s.title(), Field.Store.NO));
    }
    if (s.unit() != null) {
      d.add(new TextField(UNIT_CHARS, s.unit(), Field.Store.NO));
    }
    // one value, a heading per line: the same words, positions and offsets as a value per
    // heading (the tokenizer cuts at line breaks; the analyzer's gaps are 0 positions and 1
    // character), analysed in one pass instead of one token stream per heading
    List<String> headings = ReportText.sectionTitles(report);
    if (!headings.isEmpty()) {
      d.add(new TextField(SECTIONS, String.join("\n", headings), Field.Store.NO));
    }
    keyword(d, PROVINCE, s.region().province(), true);
    keyword(d, CITY, s.region().city(), true);
    keyword(d, COUNTY, s.region().county(), false);
    for (String r : new TreeSet<>(Arrays.asList(s.region().province(),
        s.region().city(), s.region().county()).stream().filter(x -> x != null).toList())) {
      d.add(new StringField(REGION, r, Field.Store.NO));
    }
    if (s.year() != null) {
      d.add(new IntPoint(YEAR, s.year()));
      d.add(new SortedSetDocValuesFacetField(YEAR, s.year().toString()));
    }
    keyword(d, KIND, s.kind(), true);
    keyword(d, GRADE, s.grade(), true);
    for (String rule : s.rules()) {
      keyword(d, RULE, rule, true);
    }
    Set<String> severities = new TreeSet<>();
    for (ReportSummary.FindingLine f : s.findings()) {
      if (f.severity() != null) {
        severities.add(f.severity());
      }
    }
    for (String sev : severities) {
      d.add(new StringField(SEVERITY, sev, Field.Store.NO));
    }
    d.add(new IntPoint(FINDINGS, s.findingCounts().total()));
    number(d, SCORE, s.declaredScore());
    number(d, EXEC_RATE, s.execRate());
    number(d, BUDGET_YUAN, s.budgetYuan());
    number(d, ACTUAL_YUAN, s.actualYuan());
    String group = ReportGroups.key(s);
    d.add(new StringField(GROUP, group, Field.Store.YES));
    d.add(new SortedDocValuesField(GROUP, new BytesRef(group)));
    d.add(new BinaryDocValuesField(SUMMARY_JSON, new BytesRef(compactJson(s))));
    // last: read only by the report page; compressed, so reading a hit's text costs little more
    d.add(new StoredField(REPORT_JSON, CompressedText.encode(compactJson(report))));
    return d;
  }

  private static void keyword(Document d, String field, String value, boolean facet) {
    if (value == null || value.isBlank()) {
      return;
    }
    d.add(new StringField(field, value, Field.Store.NO));
    if (facet) {
      d.add(new SortedSetDocValuesFacetField(field, value));
    }
  }

  private static void number(Document d, String field, BigDecimal v) {
    if (v != null) {
      d.add(new DoublePoint(field, v.doubleValue()));
    }
  }
}
