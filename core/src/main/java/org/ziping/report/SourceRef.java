package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The input file of an extracted document (output contract {@code source}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRef(String file, String format, String sha256, Integer pages) {}
