package org.ziping.index.cluster;

import java.util.List;

/**
 * Where a cluster's index lives: the base URLs of some of its nodes (any live one will do; the
 * client learns the rest of the cluster from it) and the collection's name.
 */
public record ClusterTarget(List<String> urls, String collection) {
  public ClusterTarget {
    urls = List.copyOf(urls);
  }
}
