package org.ziping.parse.figures;

import java.util.List;
import org.ziping.report.Amount;
import org.ziping.report.Quantity;

/**
 * The figures of one report scope, each list in document order: money amounts, and quantities
 * (percentages and counts).
 */
public record Figures(List<Amount> amounts, List<Quantity> quantities) {
  public Figures {
    amounts = List.copyOf(amounts);
    quantities = List.copyOf(quantities);
  }
}
