package org.ziping.ingest;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The shared part of the dedicated ingesters: the formats an ingester reads, given once to the
 * constructor from the one table of formats ({@link DocumentFormat}), and the media types it
 * claims from them ({@link #mediaTypes()}). Each ingester keeps only its reading.
 */
public abstract class FormatIngester implements Ingester {
  private final Set<DocumentFormat> formats;
  private final Set<String> mediaTypes;

  protected FormatIngester(DocumentFormat first, DocumentFormat... more) {
    this.formats = EnumSet.of(first, more);
    Set<String> types = new HashSet<>();
    for (DocumentFormat f : formats) {
      types.addAll(f.mediaTypes());
    }
    this.mediaTypes = Set.copyOf(types);
  }

  /** The formats this ingester reads. */
  public final Set<DocumentFormat> formats() {
    return formats;
  }

  @Override
  public final Set<String> mediaTypes() {
    return mediaTypes;
  }
}
