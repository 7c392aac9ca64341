package org.ziping.index.cluster;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.ziping.index.IndexInputs;
import org.ziping.index.ReportIndexer;
import org.ziping.index.ReportSearch;
import org.ziping.pipeline.Extraction;

/**
 * A search engine that holds the index on other machines (SolrCloud: module {@code solr/}), found
 * by {@link ServiceLoader} only when the command line names it ({@code --solr URL --collection
 * NAME}). Its jars are not on the default class path: {@code bin/ziping} adds them for a command
 * that names the cluster, so the one-machine commands load nothing of it.
 *
 * <p>A backend indexes the same documents as the embedded index (one per report per file, the ids
 * of {@link ReportIndexer#reportsOf}, a changed file's reports replacing the old ones) and answers
 * the same searches ({@link ReportSearch}).
 */
public interface ClusterBackend {

  /** The engine's name as the options spell it: {@code solr}. */
  String name();

  /** A searcher on the collection. */
  ReportSearch searcher(ClusterTarget target) throws IOException;

  /**
   * Indexes {@code inputs} (files, JSON Lines read line by line; folders already walked) into the collection, incrementally;
   * progress and failures go to {@code log}.
   */
  ReportIndexer.Run index(ClusterTarget target, IndexInputs inputs,
                          Supplier<Optional<Extraction>> extractions, int threads, PrintWriter log)
      throws IOException;

  /** The backend called {@code name} on the class path, or an error that says how to get it. */
  static ClusterBackend find(String name) throws IOException {
    for (ClusterBackend b : ServiceLoader.load(ClusterBackend.class)) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    throw new IOException("the " + name + " backend is not on the class path: run the command "
        + "through bin/ziping, which builds the " + name + "/ module and adds its jar when --"
        + name + " is given (or add " + name + "/target/ziping-" + name + ".jar to -cp)");
  }
}
