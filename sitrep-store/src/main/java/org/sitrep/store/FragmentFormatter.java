package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages of one field into {@link Fragment}s: plain text and the offsets
 * of the matches in it, never markup. Long passages are cut around their first match.
 */
final class FragmentFormatter extends PassageFormatter {
  /** What the highlighter puts between the values of a multi-valued field. */
  private static final char VALUE_SEPARATOR = '\u2029';

  private static final String CUT = "…";

  /** How much text a cut passage keeps before its first match. */
  private static final int LEAD = 60;

  private final String field;

  FragmentFormatter(String field) {
    this.field = field;
  }

  @Override
  public Object format(Passage[] passages, String content) {
    List<Fragment> fragments = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      Fragment fragment = fragment(passage, content);
      if (fragment != null) {
        fragments.add(fragment);
      }
    }
    return fragments;
  }

  private Fragment fragment(Passage passage, String content) {
    int start = passage.getStartOffset();
    int end = passage.getEndOffset();
    while (start < end && isBlank(content.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(content.charAt(end - 1))) {
      end--;
    }
    List<int[]> matches = matches(passage, start, end);
    if (matches.isEmpty()) {
      return null;
    }
    if (end - start > Fragment.MAX_LENGTH) {
      return cut(content, start, end, matches);
    }
    return build(content, start, end, "", "", matches);
  }

  /** The passage's matches inside {@code [start, end)}, in order, overlapping ones joined. */
  private static List<int[]> matches(Passage passage, int start, int end) {
    List<int[]> matches = new ArrayList<>();
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int from = Math.max(start, starts[i]);
      int to = Math.min(end, ends[i]);
      if (from >= to) {
        continue;
      }
      int[] last = matches.isEmpty() ? null : matches.get(matches.size() - 1);
      if (last != null && from < last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        matches.add(new int[] {from, to});
      }
    }
    return matches;
  }

  // A window of at most MAX_LENGTH characters that starts a little before the first match, cut
  // at spaces where it can be.
  private Fragment cut(String content, int start, int end, List<int[]> matches) {
    int room = Fragment.MAX_LENGTH - 2 * CUT.length();
    int from = Math.max(start, matches.get(0)[0] - LEAD);
    if (from > start) {
      int space = content.indexOf(' ', from);
      if (space >= 0 && space < matches.get(0)[0]) {
        from = space + 1;
      }
    }
    int to = Math.min(end, from + room);
    if (to < end) {
      int space = content.lastIndexOf(' ', to);
      if (space > from && space >= matches.get(0)[1]) {
        to = space;
      }
    }
    List<int[]> kept = new ArrayList<>();
    for (int[] match : matches) {
      if (match[0] >= from && match[1] <= to) {
        kept.add(match);
      }
    }
    return build(content, from, to, from > start ? CUT : "", to < end ? CUT : "", kept);
  }

  private Fragment build(
      String content, int from, int to, String before, String after, List<int[]> matches) {
    String text = before + content.substring(from, to).replace(VALUE_SEPARATOR, ' ') + after;
    List<Fragment.Match> shifted = new ArrayList<>(matches.size());
    for (int[] match : matches) {
      int offset = before.length() - from;
      shifted.add(new Fragment.Match(match[0] + offset, match[1] + offset));
    }
    return new Fragment(field, text, shifted);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == VALUE_SEPARATOR;
  }
}
