package org.ziping.index.cluster;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --solr URL[,URL...] --collection NAME}: the options of {@code index}, {@code search} and
 * {@code serve} that send the command to a SolrCloud collection instead of an {@code --index}
 * folder (a picocli mixin).
 */
public final class ClusterOptions {
  @Option(names = "--solr", paramLabel = "URL", split = ",",
      description = "a SolrCloud node's base URL (http://host:8983/solr; several comma-separated "
          + "or repeated: any live one will do) instead of --index; needs --collection")
  List<String> solr;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "the Solr collection (created from solr/configset, see solr/README.md)")
  String collection;

  /** Whether the command goes to a cluster. */
  public boolean given() {
    return solr != null && !solr.isEmpty();
  }

  /**
   * Why the options do not name exactly one index (a folder or a collection), or null when they
   * do: {@code index} is the command's {@code --index} folder.
   */
  public String problem(Path index) {
    if (given() && index != null) {
      return "give either --index DIR or --solr URL --collection NAME, not both";
    }
    if (!given() && index == null) {
      return "give --index DIR (or --solr URL --collection NAME)";
    }
    if (given() && (collection == null || collection.isBlank())) {
      return "--solr needs --collection NAME";
    }
    if (!given() && collection != null) {
      return "--collection goes with --solr URL";
    }
    return null;
  }

  /**
   * Whether the options name exactly one index; when not, tells {@code err} why, after
   * {@code prefix} (the command's name).
   */
  public boolean namesOneIndex(Path index, PrintWriter err, String prefix) {
    String problem = problem(index);
    if (problem != null) {
      err.println(prefix + problem);
    }
    return problem == null;
  }

  public ClusterTarget target() {
    return new ClusterTarget(solr, collection);
  }

  /** The backend of these options ({@link ClusterBackend#find}). */
  public ClusterBackend backend() throws IOException {
    return ClusterBackend.find("solr");
  }

  /** The index named, for messages: the collection and its first node. */
  public String describe() {
    return "solr collection " + collection + " at " + String.join(",", solr);
  }
}
