package org.sitrep.extract.actor;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.actor.AliasIndex.Alias;
import org.sitrep.model.Actor;

/**
 * Armed groups, state forces and other actors under their canonical names, and where a text names
 * them. {@link #standard()} is the bundled dictionary ({@code actors.json} beside this class),
 * loaded once; {@link #withAliasesFrom(String)} gives a per-document view that also knows the
 * aliases the document defines.
 *
 * <p>Matching is whole-word and ignores case, accents, apostrophes inside words and the difference
 * between dashes and spaces ("ISIS-K", "ISIS K", "Islamic State – Khorasan Province"), except that
 * runs of capitals in an alias must match as written: "IS" is not "Is" and "US" is not "us". Where
 * aliases overlap, the longest wins ("Islamic State Khorasan Province" over "Islamic State"). Vague
 * perpetrators ("unknown gunmen", "suspected militants") match nothing: only named actors do.
 *
 * <p>Instances are immutable and safe to share between threads. Offsets count UTF-16 code units of
 * the text searched, as {@link String#substring(int, int)} does.
 */
public final class ActorDictionary {
  private static final String RESOURCE = "actors.json";

  private final List<ActorEntry> entries;
  private final Map<String, ActorEntry> byName;
  private final Map<String, List<Actor>> byAlias;
  private final List<AliasIndex> indexes;
  private final AliasIndex outlets;
  private final List<LearnedAlias> learned;

  private ActorDictionary(
      List<ActorEntry> entries,
      List<AliasIndex> indexes,
      AliasIndex outlets,
      List<LearnedAlias> learned) {
    this.entries = List.copyOf(entries);
    this.indexes = List.copyOf(indexes);
    this.outlets = outlets;
    this.learned = List.copyOf(learned);
    this.byName = new HashMap<>();
    this.byAlias = new HashMap<>();
    for (ActorEntry entry : this.entries) {
      byName.put(ActorCatalogReader.key(entry.actor().name()), entry);
      for (String alias : entry.names()) {
        List<Actor> owners =
            byAlias.computeIfAbsent(ActorCatalogReader.key(alias), key -> new ArrayList<>());
        if (!owners.contains(entry.actor())) {
          owners.add(entry.actor());
        }
      }
    }
  }

  /** The bundled dictionary, loaded on first use. */
  public static ActorDictionary standard() {
    return Standard.INSTANCE;
  }

  /**
   * Reads a dictionary in the bundled format (see {@code actors.json}).
   *
   * @throws IllegalArgumentException when the data break the format's rules, naming the actor
   */
  public static ActorDictionary load(InputStream json) throws IOException {
    requireNonNull(json, "json");
    ActorCatalogReader.Catalog catalog = ActorCatalogReader.read(json);
    List<Alias> aliases = new ArrayList<>();
    List<Alias> outlets = new ArrayList<>();
    for (ActorEntry entry : catalog.entries()) {
      for (String name : entry.names()) {
        aliases.add(
            Alias.of(
                name,
                entry.actor(),
                entry.caseSensitive().contains(name),
                entry.needsContext().contains(name),
                MentionOrigin.DICTIONARY));
      }
      for (String outlet : entry.mediaOutlets()) {
        outlets.add(Alias.of(outlet, entry.actor(), false, false, MentionOrigin.MEDIA_OUTLET));
      }
    }
    catalog.notActors().forEach(phrase -> aliases.add(Alias.blocker(phrase)));
    return new ActorDictionary(
        catalog.entries(), List.of(new AliasIndex(aliases)), new AliasIndex(outlets), List.of());
  }

  /** Every actor alias in {@code text}, in text order; actors sharing one span by name. */
  public List<ActorMention> find(String text) {
    requireNonNull(text, "text");
    return MentionSelector.select(FoldedText.of(text), indexes);
  }

  /** Every mention of an actor's media outlet ("Amaq News Agency") in {@code text}. */
  public List<ActorMention> findMediaOutlets(String text) {
    requireNonNull(text, "text");
    return MentionSelector.select(FoldedText.of(text), List.of(outlets));
  }

  /**
   * The actor with this canonical name, else the only actor with this alias; case, accents and
   * dashes do not matter.
   */
  public Optional<Actor> byName(String name) {
    requireNonNull(name, "name");
    String key = ActorCatalogReader.key(name);
    ActorEntry entry = byName.get(key);
    if (entry != null) {
      return Optional.of(entry.actor());
    }
    List<Actor> owners = byAlias.getOrDefault(key, List.of());
    return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
  }

  /** Every actor, in the dictionary's order, then the document's own. */
  public List<Actor> all() {
    return entries.stream().map(ActorEntry::actor).toList();
  }

  /** The organisation {@code actor} belongs to (ISKP → Islamic State), if the dictionary says. */
  public Optional<Actor> parentOf(Actor actor) {
    return entryOf(actor).map(ActorEntry::parent).flatMap(this::byName);
  }

  /**
   * The media outlets through which {@code actor} publishes claims (Amaq for the Islamic State).
   */
  public List<String> mediaOutletsOf(Actor actor) {
    return entryOf(actor).map(ActorEntry::mediaOutlets).orElse(List.of());
  }

  /** Whether {@code alias} of {@code actor} also names something else and needs context. */
  public boolean needsContext(Actor actor, String alias) {
    return entryOf(actor).map(entry -> entry.needsContext().contains(alias)).orElse(false)
        || byAlias.getOrDefault(ActorCatalogReader.key(alias), List.of()).size() > 1;
  }

  /**
   * A view of this dictionary for one document, that also knows the aliases {@code text} defines:
   * "the Islamic State of Khorasan, also known as IS-K or ISIS-K", "Islamic State Khorasan
   * (ISIS-K)", "X, known as Y", "X, or Y,". An alias joins the known actor on either side; when
   * neither side is known and the name is that of an armed group ("... Brigade (XB)"), the view
   * gets a document-local actor of kind {@link org.sitrep.model.ActorKind#POLITICAL_MILITIA}, the
   * kind ACLED gives unidentified armed groups. Two known actors are never merged.
   */
  public ActorDictionary withAliasesFrom(String text) {
    requireNonNull(text, "text");
    AliasLearner.Result result = new AliasLearner(this).learn(text);
    if (result.aliases().isEmpty()) {
      return this;
    }
    List<Alias> aliases = new ArrayList<>();
    Map<Actor, ActorEntry> local = new LinkedHashMap<>();
    for (LearnedAlias learnedAlias : result.aliases()) {
      MentionOrigin origin =
          learnedAlias.documentLocal() ? MentionOrigin.DOCUMENT_LOCAL : MentionOrigin.LEARNED_ALIAS;
      aliases.add(Alias.of(learnedAlias.alias(), learnedAlias.actor(), false, false, origin));
      if (learnedAlias.documentLocal() && !local.containsKey(learnedAlias.actor())) {
        Actor actor = learnedAlias.actor();
        local.put(actor, localEntry(actor));
        aliases.add(Alias.of(actor.name(), actor, false, false, MentionOrigin.DOCUMENT_LOCAL));
      }
    }
    List<ActorEntry> allEntries = new ArrayList<>(entries);
    allEntries.addAll(local.values());
    List<AliasIndex> allIndexes = new ArrayList<>(indexes);
    allIndexes.add(new AliasIndex(aliases));
    List<LearnedAlias> allLearned = new ArrayList<>(learned);
    allLearned.addAll(result.aliases());
    return new ActorDictionary(allEntries, allIndexes, outlets, allLearned);
  }

  /**
   * The aliases this view learned from its document, in text order; none for {@link #standard()}.
   */
  public List<LearnedAlias> learnedAliases() {
    return learned;
  }

  private static ActorEntry localEntry(Actor actor) {
    return new ActorEntry(actor, null, List.of(), Set.of(), Set.of(), null);
  }

  private Optional<ActorEntry> entryOf(Actor actor) {
    requireNonNull(actor, "actor");
    ActorEntry entry = byName.get(ActorCatalogReader.key(actor.name()));
    return entry != null && entry.actor().equals(actor) ? Optional.of(entry) : Optional.empty();
  }

  /** Sorts mentions in text order, then by actor name, so output never depends on hash order. */
  static final Comparator<ActorMention> TEXT_ORDER =
      Comparator.comparingInt(ActorMention::start)
          .thenComparingInt(ActorMention::end)
          .thenComparing(mention -> mention.actor().name());

  private static final class Standard {
    static final ActorDictionary INSTANCE = loadBundled();

    private static ActorDictionary loadBundled() {
      try (InputStream json = ActorDictionary.class.getResourceAsStream(RESOURCE)) {
        if (json == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return load(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
