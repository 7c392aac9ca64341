package org.ziping.index.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The tries read without HanLP's attributes are HanLP's own, slot by slot (so the dictionary
 * segmenter finds the same words), and HanLP's custom dictionary has no words added at run time
 * (which those tries would not see).
 */
class DictionaryTriesTest {
  @Test
  void theSameArraysAsHanLpLoads() {
    DictionaryTries tries = DictionaryTries.get();
    same(CoreDictionary.trie, tries.core);
    same(CustomDictionary.DEFAULT.dat, tries.custom);
    assertTrue(CustomDictionary.DEFAULT.trie == null || CustomDictionary.DEFAULT.trie.size() == 0,
        "words added at run time");
  }

  private static void same(DoubleArrayTrie<CoreDictionary.Attribute> hanlp,
                           DoubleArrayTrie<CoreDictionary.Attribute> ours) {
    assertTrue(hanlp.getSize() > 10_000, "size " + hanlp.getSize());
    assertEquals(hanlp.getSize(), ours.getSize());
    assertEquals(hanlp.getBase().length, ours.getBase().length);
    assertArrayEquals(hanlp.getBase(), ours.getBase());
    assertArrayEquals(hanlp.getCheck(), ours.getCheck());
    assertEquals(hanlp.size(), ours.size(), "words");
    // a word of each found at the same place
    for (String w : new String[] {"社会保险", "稳岗", "管理局"}) {
      assertEquals(hanlp.exactMatchSearch(w), ours.exactMatchSearch(w), w);
    }
    assertTrue(Arrays.stream(ours.getCheck()).anyMatch(c -> c != 0));
  }
}
