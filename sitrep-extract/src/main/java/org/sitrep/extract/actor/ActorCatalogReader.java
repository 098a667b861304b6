package org.sitrep.extract.actor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * Reads and checks the dictionary's JSON: every actor named, with a valid kind, an ISO country or
 * null, at least one alias; marker lists naming its own aliases; parents that exist; and no alias
 * shared by two actors unless both mark it as needing context. Bad data fails with the actor's
 * name.
 */
final class ActorCatalogReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** The actors and the phrases that contain an alias but are no actor. */
  record Catalog(List<ActorEntry> entries, List<String> notActors) {
    Catalog {
      entries = List.copyOf(entries);
      notActors = List.copyOf(notActors);
    }
  }

  private ActorCatalogReader() {}

  static Catalog read(InputStream json) throws IOException {
    JsonNode root = JSON.readTree(json);
    if (root == null || !root.path("actors").isArray()) {
      throw new IllegalArgumentException("actor dictionary without an \"actors\" array");
    }
    List<ActorEntry> entries = new ArrayList<>();
    for (JsonNode node : root.path("actors")) {
      entries.add(entry(node));
    }
    checkNamesAndParents(entries);
    checkSharedAliases(entries);
    return new Catalog(entries, strings(root, "notActors", "dictionary"));
  }

  private static ActorEntry entry(JsonNode node) {
    String name = text(node, "name");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("actor without a name: " + node);
    }
    ActorKind kind = kind(node, name);
    String country = text(node, "country");
    if (country != null && !COUNTRY.matcher(country).matches()) {
      throw new IllegalArgumentException(name + ": country is not ISO 3166-1 alpha-2: " + country);
    }
    Set<String> aliases = new LinkedHashSet<>(strings(node, "aliases", name));
    if (aliases.isEmpty()) {
      throw new IllegalArgumentException(name + ": no aliases");
    }
    Set<String> needsContext = marked(node, "needsContext", name, aliases);
    Set<String> caseSensitive = marked(node, "caseSensitive", name, aliases);
    aliases.remove(name);
    Actor actor = new Actor(name, List.copyOf(aliases), kind, country);
    return new ActorEntry(
        actor,
        text(node, "parent"),
        strings(node, "mediaOutlets", name),
        needsContext,
        caseSensitive,
        text(node, "note"));
  }

  private static ActorKind kind(JsonNode node, String name) {
    String kind = text(node, "kind");
    try {
      return ActorKind.valueOf(String.valueOf(kind));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(name + ": unknown kind " + kind, unknown);
    }
  }

  private static Set<String> marked(JsonNode node, String field, String name, Set<String> aliases) {
    Set<String> marked = new HashSet<>(strings(node, field, name));
    for (String alias : marked) {
      if (!aliases.contains(alias) && !alias.equals(name)) {
        throw new IllegalArgumentException(name + ": " + field + " names no alias: " + alias);
      }
    }
    return marked;
  }

  private static void checkNamesAndParents(List<ActorEntry> entries) {
    Set<String> names = new HashSet<>();
    for (ActorEntry entry : entries) {
      if (!names.add(key(entry.actor().name()))) {
        throw new IllegalArgumentException("two actors named " + entry.actor().name());
      }
    }
    for (ActorEntry entry : entries) {
      if (entry.parent() != null && !names.contains(key(entry.parent()))) {
        throw new IllegalArgumentException(
            entry.actor().name() + ": unknown parent " + entry.parent());
      }
    }
  }

  private static void checkSharedAliases(List<ActorEntry> entries) {
    Map<String, ActorEntry> owners = new HashMap<>();
    Map<String, String> spelling = new HashMap<>();
    for (ActorEntry entry : entries) {
      for (String alias : entry.names()) {
        String key = key(alias);
        ActorEntry owner = owners.putIfAbsent(key, entry);
        if (owner != null && !owner.actor().name().equals(entry.actor().name())) {
          boolean marked =
              owner.needsContext().contains(spelling.get(key))
                  && entry.needsContext().contains(alias);
          if (!marked) {
            throw new IllegalArgumentException(
                "alias \""
                    + alias
                    + "\" of "
                    + entry.actor().name()
                    + " also belongs to "
                    + owner.actor().name()
                    + "; mark it needsContext in both");
          }
        }
        spelling.putIfAbsent(key, alias);
      }
    }
  }

  /** The form under which two aliases count as the same. */
  static String key(String alias) {
    return FoldedText.lowerCase(FoldedText.casedForm(alias));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> strings(JsonNode node, String field, String owner) {
    JsonNode values = node.get(field);
    if (values == null || values.isNull()) {
      return List.of();
    }
    if (!values.isArray()) {
      throw new IllegalArgumentException(owner + ": " + field + " is not a list");
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode value : values) {
      if (!value.isTextual() || value.asText().isBlank()) {
        throw new IllegalArgumentException(owner + ": blank or non-text entry in " + field);
      }
      strings.add(value.asText().strip());
    }
    return strings;
  }
}
