package org.ziping.index.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.index.Fixtures;
import org.ziping.index.ReportSearcher;

/** The index a cold search names, opened while its command line is built. */
class SearcherPreloadTest {
  @TempDir Path work;

  @Test
  void theIndexArgumentIsReadAsPicocliReadsIt() {
    assertEquals(Path.of("a"), SearcherPreload.indexArgument(List.of("search", "q", "--index", "a")));
    assertEquals(Path.of("b"), SearcherPreload.indexArgument(List.of("search", "--index=b", "q")));
    assertEquals(Path.of("c"),
        SearcherPreload.indexArgument(List.of("search", "--index", "a", "q", "--index", "c")));
    assertEquals(Path.of("a"),
        SearcherPreload.indexArgument(List.of("search", "--index", "a", "--", "--index", "c")));
    assertNull(SearcherPreload.indexArgument(List.of("search", "q", "--index")));
    assertNull(SearcherPreload.indexArgument(List.of("search", "q", "--index=")));
    assertNull(SearcherPreload.indexArgument(List.of("search", "q")));
    assertNull(SearcherPreload.indexArgument(List.of()));
    assertNull(SearcherPreload.indexArgument(
        List.of("search", "q", "--solr", "http://h:8983/solr", "--index", "a")));
  }

  @Test
  void theCommandTakesTheSearcherOpenedForItsFolderOnce() throws Exception {
    Path idx = index();
    SearcherPreload.start(List.of("search", "取暖费", "--index", idx.toString()));
    try (ReportSearcher s = SearcherPreload.take(idx.toAbsolutePath().resolve(".").normalize())) {
      assertNotNull(s);
      assertEquals(1, s.search("取暖费", org.ziping.index.SearchFilters.NONE, 0, 10).total());
    }
    assertNull(SearcherPreload.take(idx), "taken once");

    SearcherPreload.start(List.of("search", "取暖费", "--index", idx.toString()));
    assertNull(SearcherPreload.take(work.resolve("other")), "another folder");
    assertNull(SearcherPreload.take(idx), "the one for another folder was dropped");
  }

  @Test
  void aSearchAnswersTheSameWithAndWithoutThePreload() throws Exception {
    Path idx = index();
    String[] args = {"养老保险", "--index", idx.toString(), "--json", "--region", "广东省"};
    CommandsTest.Result plain = CommandsTest.run(new SearchCommand(), args);
    new IndexSubcommands().prepare("search", List.of("search", "养老保险", "--index",
        idx.toString()));
    CommandsTest.Result preloaded = CommandsTest.run(new SearchCommand(), args);
    assertEquals(0, preloaded.code(), preloaded.err());
    assertEquals(plain.out(), preloaded.out());
    assertEquals(plain.err(), preloaded.err());
    assertNull(SearcherPreload.take(idx), "the command took it");
  }

  @Test
  void aMissingIndexIsTheCommandsOwnError() {
    Path none = work.resolve("none");
    new IndexSubcommands().prepare("search", List.of("search", "x", "--index", none.toString()));
    CommandsTest.Result r = CommandsTest.run(new SearchCommand(), "x", "--index", none.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("search: no index at " + none), r.err());
  }

  private Path index() {
    Path idx = work.resolve("idx");
    CommandsTest.Result r = CommandsTest.run(new IndexCommand(), Fixtures.dir().toString(),
        "--index", idx.toString());
    assertEquals(0, r.code(), r.err());
    return idx;
  }
}
