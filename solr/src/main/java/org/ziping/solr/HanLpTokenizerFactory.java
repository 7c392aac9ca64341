package org.ziping.solr;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.ziping.index.analysis.HanLpTokenizer;

/**
 * The word tokenizer of the embedded index ({@link HanLpTokenizer}) as a Lucene/Solr tokenizer
 * factory, so a Solr field type cuts Chinese exactly as the embedded index does. In a schema:
 * {@code <tokenizer name="zipingHanlp" segmenter="dictionary"/>} followed by the {@code cjkWidth}
 * and {@code lowercase} filters is {@code ChineseAnalyzers.dictionaryWords()} (the text, title and
 * section fields); {@code segmenter="viterbi"} is {@code ChineseAnalyzers.words()}.
 *
 * <p>Data: HanLP portable's dictionaries, bundled in the plugin jar and loaded on first use (well
 * under a second). Limits: the attribute factory Solr passes is not used (the tokenizer has the
 * default one, as in the embedded index).
 */
public class HanLpTokenizerFactory extends TokenizerFactory {
  /** The SPI name: {@code <tokenizer name="zipingHanlp"/>}. */
  public static final String NAME = "zipingHanlp";

  private final boolean dictionary;

  public HanLpTokenizerFactory(Map<String, String> args) {
    super(args);
    dictionary = get(args, "segmenter", List.of("dictionary", "viterbi"), "dictionary")
        .equals("dictionary");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For the service loader's checks only. */
  public HanLpTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    return dictionary ? HanLpTokenizer.dictionary() : new HanLpTokenizer();
  }
}
