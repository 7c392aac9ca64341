package org.ziping.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The vote for the unit named most often in a report's body ({@link MetadataParser}'s last resort),
 * with HanLP segmentation only where it can change the winner.
 *
 * <p>The vote: the suffix pattern's names count 2 each ({@link #add} in text order, first), then
 * HanLP's place + organisation pairs ({@link MetadataParser#placedOrganisations}) count 1 each, in
 * the order of the sentences; among the names {@code eligible} accepts, the most votes win, then
 * the longer name, then the one voted first. Segmenting every sentence that may hold a name costs
 * HanLP's Viterbi segmentation with place, organisation and person recognition (about 20 % of a
 * whole text report's extraction for reports that need the vote); most sentences cannot change
 * the result.
 *
 * <p>The bound. A name HanLP gives for a sentence is a substring of it; an eligible name is 3 to
 * 40 characters of Chinese and brackets and ends where {@link UnitNames#mayEndNameAt} allows. So
 * the votes name X can still get from the sentences not segmented are at most its occurrences
 * there as such a substring, {@code occ(X)}. With the leader L of the votes so far (count c(L)),
 * a name X with {@code c(X) + occ(X) < c(L)} ends below L whatever those sentences give: only
 * the contenders ({@code c(X) + occ(X) >= c(L)}, eligible, and L) can win. The sentences that hold
 * a contender are segmented and the bound is taken again; it stops when no sentence left holds a
 * contender (their counts are then final) or L is the only one. The winner is the one the full
 * vote gives: it is a contender, and the contenders' counts and first-vote order are the full
 * vote's.
 *
 * <p>Limits: the bound is loose where one name's suffixes recur (…管理中心 in many sentences), and
 * then most sentences are segmented as before; the cost of the bound (every substring at every
 * place a name may end, counted per round) is small against one segmentation.
 */
final class BodyUnitVote {
  /** Longest and shortest name {@link UnitNames#valid} accepts. */
  private static final int MIN = 3;
  private static final int MAX = 40;

  private final Predicate<String> eligible;
  private final Map<String, Tally> tallies = new HashMap<>();
  private final Map<String, Boolean> eligibleMemo = new HashMap<>();
  private long order;

  /** Votes of one name: its count and the place of its first vote in the full vote's order. */
  private static final class Tally {
    final String name;
    long first;
    int count;

    Tally(String name, long first) {
      this.name = name;
      this.first = first;
    }
  }

  /** How the winner is chosen: most votes, then the longer name, then the first voted. */
  private static final Comparator<Tally> BETTER = Comparator.<Tally>comparingInt(t -> t.count)
      .thenComparingInt(t -> t.name.length())
      .thenComparing(Comparator.<Tally>comparingLong(t -> t.first).reversed());

  /** More names than a sentence (at most 400 characters) can hold: orders names within one. */
  private static final long PER_SENTENCE = 1_000;

  BodyUnitVote(Predicate<String> eligible) {
    this.eligible = eligible;
  }

  /** Adds votes for a name; the names of {@link #addSentences} come after all of these. */
  void add(String name, int votes) {
    vote(name, votes, order++);
  }

  private void vote(String name, int votes, long at) {
    Tally t = tallies.computeIfAbsent(name, n -> new Tally(n, at));
    t.first = Math.min(t.first, at);
    t.count += votes;
  }

  /**
   * Adds one vote for each name {@code names} gives for a sentence, for the sentences (in this
   * order) that can change the winner; the others are not segmented.
   *
   * @return how many sentences were segmented
   */
  int addSentences(List<String> sentences, Function<String, List<String>> names) {
    List<List<String>> substrings = new ArrayList<>();
    for (String s : sentences) {
      substrings.add(nameSubstrings(s));
    }
    boolean[] done = new boolean[sentences.size()];
    int segmented = 0;
    long base = order;
    while (true) {
      Tally leader = leader();
      int lead = leader == null ? 0 : leader.count;
      Map<String, Integer> occ = new HashMap<>();
      for (int i = 0; i < done.length; i++) {
        if (!done[i]) {
          for (String x : substrings.get(i)) {
            occ.merge(x, 1, Integer::sum);
          }
        }
      }
      Set<String> contenders = new HashSet<>();
      boolean rival = false;
      for (Map.Entry<String, Integer> e : occ.entrySet()) {
        Tally t = tallies.get(e.getKey());
        if ((t == null ? 0 : t.count) + e.getValue() >= lead && eligible(e.getKey())) {
          contenders.add(e.getKey());
          rival |= leader == null || !e.getKey().equals(leader.name);
        }
      }
      if (!rival) {
        return segmented; // every other name ends below the leader
      }
      boolean any = false;
      for (int i = 0; i < done.length; i++) {
        if (!done[i] && holdsAny(substrings.get(i), contenders)) {
          done[i] = true;
          any = true;
          segmented++;
          long at = base + i * PER_SENTENCE;
          for (String name : names.apply(sentences.get(i))) {
            vote(name, 1, at++);
          }
        }
      }
      if (!any) {
        return segmented;
      }
    }
  }

  /** The winner among the eligible names, or null. */
  String winner() {
    return leader() == null ? null : leader().name;
  }

  private Tally leader() {
    Tally best = null;
    for (Tally t : tallies.values()) {
      if (t.count > 0 && eligible(t.name) && (best == null || BETTER.compare(t, best) > 0)) {
        best = t;
      }
    }
    return best;
  }

  private boolean eligible(String name) {
    return eligibleMemo.computeIfAbsent(name, eligible::test);
  }

  private static boolean holdsAny(List<String> substrings, Set<String> names) {
    for (String s : substrings) {
      if (names.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every substring of 3 to 40 name characters (Chinese, brackets) that ends where a name may end,
   * once per place: the names HanLP can give for this sentence that {@code eligible} may accept.
   */
  static List<String> nameSubstrings(String sentence) {
    List<String> out = new ArrayList<>();
    for (int end = MIN; end <= sentence.length(); end++) {
      if (!UnitNames.mayEndNameAt(sentence, end)) {
        continue;
      }
      for (int start = end - 1; start >= 0 && end - start <= MAX
          && UnitNames.isNameChar(sentence.charAt(start)); start--) {
        if (end - start >= MIN) {
          out.add(sentence.substring(start, end));
        }
      }
    }
    return out;
  }
}
