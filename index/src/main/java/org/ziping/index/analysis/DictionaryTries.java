package org.ziping.index.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.io.IOUtil;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.utility.Predefine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;

/**
 * The word tries of HanLP's dictionary segmenter (the core dictionary and the custom dictionary,
 * as double-array tries) read straight from the binary files of the HanLP jar, without HanLP's
 * per-word attributes: what {@link HanLpTokenizer#dictionary()} needs to find the longest words,
 * loaded at about a third of the CPU time of HanLP's own loading (which builds a part-of-speech
 * and frequency object for each of some 85,000 core words and decodes every number through a
 * method call). A cold {@code ziping search} loads them for its query; so does indexing.
 *
 * <p>Algorithm: the file HanLP's {@code CoreDictionary} (and {@code DynamicCustomDictionary})
 * load: {@code <path>.bin} through HanLP's own I/O adapter, big-endian ints: an optional list of
 * custom part-of-speech names (negative count, each a length and UTF-16 chars; skipped), the
 * number of words, per word its total frequency, its number of tags and a tag and frequency per
 * tag (skipped), then the trie: its size and a base and check value per slot, kept in arrays of
 * the same length HanLP gives them (size + 65,535). The tries' values are left empty (the
 * segmenter reads only the words' lengths). Data: HanLP portable's configured paths
 * ({@code HanLP.Config.CoreDictionaryPath}, the first of {@code CustomDictionaryPath}).
 *
 * <p>Limits: the same arrays as HanLP's ({@code DictionaryTriesTest} compares them slot by slot);
 * words added to HanLP's custom dictionary at run time are not seen (the project adds none); a
 * missing or truncated file fails with its path.
 */
final class DictionaryTries {
  private static volatile DictionaryTries loaded;

  /** The core dictionary's words. */
  final DoubleArrayTrie<CoreDictionary.Attribute> core;
  /** The custom dictionary's words (稳岗, 打好 …). */
  final DoubleArrayTrie<CoreDictionary.Attribute> custom;

  private DictionaryTries(DoubleArrayTrie<CoreDictionary.Attribute> core,
                          DoubleArrayTrie<CoreDictionary.Attribute> custom) {
    this.core = core;
    this.custom = custom;
  }

  /** The tries, read on first use and shared (they are only read). */
  static DictionaryTries get() {
    DictionaryTries t = loaded;
    if (t == null) {
      synchronized (DictionaryTries.class) {
        if (loaded == null) {
          loaded = new DictionaryTries(read(HanLP.Config.CoreDictionaryPath),
              read(HanLP.Config.CustomDictionaryPath[0]));
        }
        t = loaded;
      }
    }
    return t;
  }

  /** The trie of the dictionary at {@code path} (HanLP's path, without {@code .bin}). */
  static DoubleArrayTrie<CoreDictionary.Attribute> read(String path) {
    String file = path + Predefine.BIN_EXT;
    ByteBuffer in;
    try (InputStream s = IOUtil.newInputStream(file)) {
      in = ByteBuffer.wrap(s.readAllBytes()); // big-endian, as HanLP's ByteArray reads
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read HanLP's dictionary " + file, e);
    }
    try {
      int words = in.getInt();
      if (words < 0) { // custom part-of-speech names first
        for (; words < 0; words++) {
          int chars = in.getInt();
          in.position(in.position() + 2 * chars);
        }
        words = in.getInt();
      }
      for (int i = 0; i < words; i++) {
        in.getInt(); // total frequency
        int tags = in.getInt();
        in.position(in.position() + 8 * tags); // a tag and its frequency each
      }
      int size = in.getInt();
      int[] base = new int[size + 65535];
      int[] check = new int[size + 65535];
      // the (base, check) pairs in bulk, a block at a time: a cold JVM runs a getInt per slot in
      // interpreted or C1 code at about twice the time (a cold search reads them while its
      // command line is parsed)
      IntBuffer pairs = in.slice().asIntBuffer(); // big-endian again: slice() resets the order
      int[] block = new int[2 * 8192];
      for (int i = 0; i < size; ) {
        int n = Math.min(8192, size - i);
        pairs.get(block, 0, 2 * n);
        for (int k = 0; k < n; k++, i++) {
          base[i] = block[2 * k];
          check[i] = block[2 * k + 1];
        }
      }
      return new LoadedTrie(base, check, size, words);
    } catch (RuntimeException e) { // BufferUnderflowException, IllegalArgumentException
      throw new IllegalStateException("HanLP's dictionary " + file + " is not in the expected "
          + "format: " + e, e);
    }
  }

  /** A double-array trie over given arrays, with empty values. */
  private static final class LoadedTrie extends DoubleArrayTrie<CoreDictionary.Attribute> {
    LoadedTrie(int[] base, int[] check, int size, int words) {
      this.base = base;
      this.check = check;
      this.size = size;
      this.v = new CoreDictionary.Attribute[words];
    }
  }
}
