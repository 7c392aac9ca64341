package org.ziping.index.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.index.Fixtures;
import org.ziping.index.ReportIndexer;
import org.ziping.index.ReportSearcher;
import org.ziping.report.ReportJson;

/**
 * {@code /api/search} through the result cache: a repeated search gives the same bytes, and a
 * search after another {@code index} run counts what that run added (the cache never serves a
 * page of an older commit).
 */
class ApiSearchFreshnessTest {
  @TempDir Path work;

  @Test
  void repeatedSearchesAreStableAndANewCommitIsSeen() throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    Path index = work.resolve("index");
    List<Path> fixtures = Fixtures.files();
    index(index, Files.copy(fixtures.get(0), in.resolve(fixtures.get(0).getFileName())));
    HttpClient http = HttpClient.newHttpClient();
    try (ReportSearcher searcher = new ReportSearcher(index);
         WebServer server = new WebServer(searcher)) {
      URI uri = URI.create("http://127.0.0.1:" + server.start("127.0.0.1", 0)
          + "/api/search?q=" + URLEncoder.encode("养老保险", StandardCharsets.UTF_8));
      String first = get(http, uri);
      assertEquals(first, get(http, uri));
      long before = ReportJson.mapper().readTree(first).get("total").asLong();

      index(index, Files.copy(fixtures.get(1), in.resolve(fixtures.get(1).getFileName())));
      JsonNode after = ReportJson.mapper().readTree(get(http, uri));
      assertTrue(after.get("total").asLong() > before,
          "after the second index run: " + after.get("total") + ", before: " + before);
    }
  }

  private static void index(Path index, Path file) throws Exception {
    try (ReportIndexer ix = new ReportIndexer(index, Optional.empty(),
        new PrintWriter(new StringWriter()))) {
      ReportIndexer.Run run = ix.index(List.of(file));
      assertEquals(0, run.failed(), run.toString());
    }
  }

  private static String get(HttpClient http, URI uri) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }
}
