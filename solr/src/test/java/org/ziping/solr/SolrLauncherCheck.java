package org.ziping.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.junit.Assume;
import org.junit.Test;
import org.ziping.index.IndexSchema;
import org.ziping.report.ReportJson;

/**
 * The launcher on a SolrCloud: {@code bin/ziping index|search|serve --solr URL --collection NAME}
 * as separate processes (the class path bin/ziping builds for {@code --solr}: ziping.jar, the
 * client jar and SolrJ; the web page's Jetty 11 beside SolrJ) against a local cluster (two nodes in
 * this JVM). Not part of {@code mvn test} (it needs the packaged jars, which bin/ziping builds):
 * run on request with {@code -Dtest=SolrLauncherCheck -Dziping.launcher.check=true}.
 */
public class SolrLauncherCheck extends SolrCloudTestCase {

  @Test
  public void indexSearchAndServeThroughTheLauncher() throws Exception {
    Assume.assumeTrue("run on request: -Dziping.launcher.check=true",
        Boolean.getBoolean("ziping.launcher.check"));
    Path root = SolrCloudSearchTest.corpus().getParent();
    configureCluster(2).addConfig("ziping", root.resolve("solr/configset/conf")).configure();
    CollectionAdminRequest.createCollection("launcher", "ziping", 2, 2)
        .setRouterField(IndexSchema.GROUP).process(cluster.getSolrClient());
    cluster.waitForActiveCollection("launcher", 2, 4);
    String urls = String.join(",", cluster.getJettySolrRunners().stream()
        .map(j -> j.getBaseUrl().toString()).toList());
    List<String> txt;
    try (Stream<Path> files = Files.list(root.resolve("corpus"))) {
      txt = files.map(Path::toString).filter(f -> f.endsWith(".txt")).sorted().toList();
    }
    List<String> index = new ArrayList<>(List.of("index"));
    index.addAll(txt);
    index.addAll(List.of("--solr", urls, "--collection", "launcher"));
    String[] r = run(root, index);
    assertTrue(r[1], r[1].contains("5 indexed (6 reports)"));

    r = run(root, List.of("search", "养老保险", "--json", "--solr", urls, "--collection",
        "launcher"));
    assertEquals(r[0], 6, ReportJson.mapper().readTree(r[0]).get("total").asInt());

    Process serve = new ProcessBuilder(root.resolve("bin/ziping").toString(), "serve", "--port",
        "0", "--solr", urls, "--collection", "launcher").directory(root.toFile()).start();
    try {
      BufferedReader err = new BufferedReader(new InputStreamReader(serve.getErrorStream(),
          StandardCharsets.UTF_8));
      Pattern at = Pattern.compile("serve: (http://\\S+/)");
      String base = null;
      for (String line; base == null && (line = err.readLine()) != null; ) {
        Matcher m = at.matcher(line);
        if (m.find()) {
          base = m.group(1);
        }
      }
      assertNotNull("serve printed its address", base);
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base
          + "api/search?q=" + java.net.URLEncoder.encode("养老保险", StandardCharsets.UTF_8)))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(api.body(), 200, api.statusCode());
      JsonNode j = ReportJson.mapper().readTree(api.body());
      assertEquals(6, j.get("total").asInt());
      String id = j.get("hits").get(0).get("id").asText();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "report/"
          + id)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "?q="
          + java.net.URLEncoder.encode("取暖费", StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, home.statusCode());
      assertTrue(home.body().contains("正宁县社会保险局"));
    } finally {
      serve.destroy();
      serve.waitFor(20, TimeUnit.SECONDS);
    }
  }

  /** Runs bin/ziping; returns stdout and stderr, after checking the exit status is 0. */
  static String[] run(Path root, List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(root.resolve("bin/ziping").toString()));
    cmd.addAll(args);
    Path out = Files.createTempFile("ziping", ".out");
    Path err = Files.createTempFile("ziping", ".err");
    Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS));
    String[] r = {Files.readString(out), Files.readString(err)};
    assertEquals(args + ": " + r[1], 0, p.exitValue());
    return r;
  }
}
