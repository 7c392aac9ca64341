package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Something that could not be read or parsed, and why. Nothing is dropped silently. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorEntry(String file, String stage, String message) {}
