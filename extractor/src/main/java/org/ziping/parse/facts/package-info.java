/**
 * The typed facts and derived figures parse computes once and stores in the report, so audit,
 * render and index never compute them again: {@link org.ziping.parse.facts.FactExtractor} turns
 * amounts, budget rows, indicators, score items and the score into {@code Fact}s (subject, measure,
 * year, value interval, provenance), {@link org.ziping.parse.facts.OverallExecutionFinder} the
 * report's overall execution rate with its denominator. Labels are read only through one
 * vocabulary ({@link org.ziping.parse.facts.Vocabulary}, {@code LabelKey}, {@code PercentKey}).
 * Limits: a figure whose label names no known measure gives no fact.
 */
package org.ziping.parse.facts;
