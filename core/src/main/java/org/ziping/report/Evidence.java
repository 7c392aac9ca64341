package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** One quoted figure behind a finding. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String label, BigDecimal value, String text, Location location) {}
