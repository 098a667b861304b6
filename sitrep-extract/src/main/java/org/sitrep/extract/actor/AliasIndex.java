package org.sitrep.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;

/**
 * A trie of folded aliases that lists every place in a text where an alias matches, with word
 * boundaries and case rules checked. Immutable once built, so safe to share between threads.
 */
final class AliasIndex {
  static final AliasIndex EMPTY = new AliasIndex(List.of());

  private final Node root = new Node();

  AliasIndex(List<Alias> aliases) {
    for (Alias alias : aliases) {
      add(alias);
    }
  }

  /**
   * One alias of one actor. A null actor marks a phrase that is no actor ("Washington Post") and
   * only serves to hide the shorter aliases inside it.
   */
  static final class Alias {
    private final String text;
    private final String cased;
    private final boolean[] strict;
    private final Actor actor;
    private final boolean needsContext;
    private final MentionOrigin origin;

    private Alias(
        String text, boolean exactCase, Actor actor, boolean needsContext, MentionOrigin origin) {
      this.text = text;
      this.cased = FoldedText.casedForm(text);
      this.strict = strictPositions(cased, exactCase);
      this.actor = actor;
      this.needsContext = needsContext;
      this.origin = origin;
    }

    static Alias of(
        String text, Actor actor, boolean exactCase, boolean needsContext, MentionOrigin origin) {
      return new Alias(text, exactCase, actor, needsContext, origin);
    }

    static Alias blocker(String text) {
      return new Alias(text, false, null, false, MentionOrigin.DICTIONARY);
    }

    String text() {
      return text;
    }

    /** The folded alias with its case. */
    String cased() {
      return cased;
    }

    Actor actor() {
      return actor;
    }

    boolean needsContext() {
      return needsContext;
    }

    MentionOrigin origin() {
      return origin;
    }

    boolean isBlocker() {
      return actor == null;
    }

    /** Whether the folded text at {@code start} has this alias's case where it matters. */
    boolean caseMatches(String casedText, int start) {
      for (int i = 0; i < strict.length; i++) {
        if (strict[i] && casedText.charAt(start + i) != cased.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /** Runs of two or more capitals (IS, ISIS; not U.S.) must match exactly. */
    private static boolean[] strictPositions(String cased, boolean exactCase) {
      boolean[] strict = new boolean[cased.length()];
      int run = 0;
      while (run < cased.length()) {
        int end = run;
        while (end < cased.length() && Character.isLetter(cased.charAt(end))) {
          end++;
        }
        boolean acronym =
            end - run >= 2 && cased.substring(run, end).chars().allMatch(Character::isUpperCase);
        for (int i = run; i < end; i++) {
          strict[i] = exactCase || acronym;
        }
        if (end == run) {
          strict[run] = exactCase;
          end++;
        }
        run = end;
      }
      return strict;
    }
  }

  /** An alias found at folded offsets {@code [start, end)}. */
  record Hit(int start, int end, Alias alias) {
    int length() {
      return end - start;
    }
  }

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>();
    final List<Alias> aliases = new ArrayList<>();
  }

  private void add(Alias alias) {
    String key = FoldedText.lowerCase(alias.cased());
    if (key.isEmpty()) {
      throw new IllegalArgumentException("empty alias for " + alias.actor());
    }
    Node node = root;
    for (int i = 0; i < key.length(); i++) {
      node = node.next.computeIfAbsent(key.charAt(i), c -> new Node());
    }
    node.aliases.add(alias);
  }

  /** Adds to {@code hits} every alias that matches {@code text} at a word boundary. */
  void collect(FoldedText text, List<Hit> hits) {
    String folded = text.folded();
    for (int start = 0; start < folded.length(); start++) {
      if (startsWord(folded, start)) {
        collectFrom(text, start, hits);
      }
    }
  }

  private void collectFrom(FoldedText text, int start, List<Hit> hits) {
    String folded = text.folded();
    Node node = root;
    for (int i = start; i < folded.length(); i++) {
      node = node.next.get(folded.charAt(i));
      if (node == null) {
        return;
      }
      if (!node.aliases.isEmpty() && endsWord(folded, i + 1)) {
        for (Alias alias : node.aliases) {
          if (alias.caseMatches(text.cased(), start)) {
            hits.add(new Hit(start, i + 1, alias));
          }
        }
      }
    }
  }

  private static boolean startsWord(String folded, int start) {
    char first = folded.charAt(start);
    if (first == ' ') {
      return false;
    }
    return start == 0
        || !Character.isLetterOrDigit(first)
        || !Character.isLetterOrDigit(folded.charAt(start - 1));
  }

  private static boolean endsWord(String folded, int end) {
    return end == folded.length()
        || !Character.isLetterOrDigit(folded.charAt(end - 1))
        || !Character.isLetterOrDigit(folded.charAt(end));
  }
}
