package org.ziping.parse.figures;

import java.util.List;
import org.ziping.parse.ReportScope;
import org.ziping.parse.figures.Measures.Fig;

/**
 * What the {@link BreakdownAlgorithm}s read, built once per scope: the scope, the figures the
 * scanner read from it, its running text joined into sentence streams ({@link Prose}) and the
 * running-text figures in document order ({@link Measures#proseFigs}).
 */
record ScopeFigures(ReportScope scope, Figures figures, Prose prose, List<Fig> proseFigs) {
  static ScopeFigures of(ReportScope scope, Figures figures) {
    return new ScopeFigures(scope, figures, Prose.of(scope), Measures.proseFigs(figures));
  }
}
