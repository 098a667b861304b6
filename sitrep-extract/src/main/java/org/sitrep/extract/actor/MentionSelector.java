package org.sitrep.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.actor.AliasIndex.Alias;
import org.sitrep.extract.actor.AliasIndex.Hit;
import org.sitrep.model.Actor;

/**
 * Turns alias hits into mentions: drops hits that a rule rejects, keeps the leftmost longest hit
 * where hits overlap, and maps folded offsets back to the original text.
 */
final class MentionSelector {
  private static final Comparator<Hit> LEFTMOST_LONGEST =
      Comparator.comparingInt(Hit::start)
          .thenComparing(Comparator.comparingInt(Hit::length).reversed())
          .thenComparing(hit -> hit.alias().origin());

  private MentionSelector() {}

  static List<ActorMention> select(FoldedText text, List<AliasIndex> indexes) {
    List<Hit> hits = new ArrayList<>();
    for (AliasIndex index : indexes) {
      index.collect(text, hits);
    }
    hits.removeIf(hit -> !plausible(text, hit));
    hits.sort(LEFTMOST_LONGEST);
    List<ActorMention> mentions = new ArrayList<>();
    int cursor = 0;
    for (int i = 0; i < hits.size(); ) {
      Hit first = hits.get(i);
      int next = i;
      while (next < hits.size()
          && hits.get(next).start() == first.start()
          && hits.get(next).end() == first.end()) {
        next++;
      }
      if (first.start() >= cursor) {
        mentions.addAll(mentionsOf(text, hits.subList(i, next)));
        cursor = first.end();
      }
      i = next;
    }
    mentions.sort(ActorDictionary.TEXT_ORDER);
    return List.copyOf(mentions);
  }

  /** Hits of one span: one mention per actor, none when the span is a known non-actor. */
  private static List<ActorMention> mentionsOf(FoldedText text, List<Hit> sameSpan) {
    Map<Actor, Alias> byActor = new LinkedHashMap<>();
    for (Hit hit : sameSpan) {
      if (hit.alias().isBlocker()) {
        return List.of();
      }
      byActor.putIfAbsent(hit.alias().actor(), hit.alias());
    }
    Hit hit = sameSpan.get(0);
    int start = text.originalStart(hit.start());
    int end = text.originalEnd(hit.end());
    String covered = text.original().substring(start, end);
    boolean shared = byActor.size() > 1;
    List<ActorMention> mentions = new ArrayList<>();
    for (Map.Entry<Actor, Alias> entry : byActor.entrySet()) {
      Alias alias = entry.getValue();
      boolean needsContext = shared || alias.needsContext();
      mentions.add(
          new ActorMention(start, end, covered, entry.getKey(), needsContext, alias.origin()));
    }
    return mentions;
  }

  /**
   * Rules no trie can check: a place-adjective compound ("Washington-based") is no actor, and an
   * alias that needs context is not trusted inside an all-capitals line ("THIS IS WHY").
   */
  private static boolean plausible(FoldedText text, Hit hit) {
    if (hit.alias().isBlocker()) {
      return true;
    }
    int end = text.originalEnd(hit.end());
    if (text.original().regionMatches(true, end, "-based", 0, "-based".length())) {
      return false;
    }
    return !hit.alias().needsContext() || !inCapitalsLine(text.original(), end - 1);
  }

  private static boolean inCapitalsLine(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', offset) + 1;
    int lineEnd = text.indexOf('\n', offset);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    if (line.chars().anyMatch(Character::isLowerCase)) {
      return false;
    }
    return line.strip().split("[^\\p{L}]+").length >= 3;
  }
}
