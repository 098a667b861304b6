package org.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.store.IncidentFilter;
import org.sitrep.store.SearchQuery;

/**
 * Reads and checks query parameters: a value that cannot be what it names is a 400 with the
 * parameter's name, never a default silently taken.
 */
final class QueryParameters {
  /** Page size when none is given, and the largest page served. */
  static final int DEFAULT_LIMIT = 50;

  static final int MAX_LIMIT = 1000;

  private final Context context;

  QueryParameters(Context context) {
    this.context = context;
  }

  /** A text parameter, or null when absent; blank is a bad parameter. */
  String text(String name) {
    String value = context.queryParam(name);
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw Problem.badRequest("'" + name + "' must not be blank");
    }
    return value.strip();
  }

  /**
   * A full-text query, or null when absent; blank or longer than {@link SearchQuery#MAX_LENGTH}
   * characters is a bad parameter. Its syntax is checked by the store when it searches.
   */
  String query(String name) {
    String value = text(name);
    if (value != null && value.length() > SearchQuery.MAX_LENGTH) {
      throw Problem.badRequest(
          "'"
              + name
              + "' has "
              + value.length()
              + " characters; at most "
              + SearchQuery.MAX_LENGTH
              + " are allowed");
    }
    return value;
  }

  /** A day as YYYY-MM-DD, or null when absent. */
  LocalDate date(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw Problem.badRequest("'" + name + "' must be a day as YYYY-MM-DD, not '" + value + "'");
    }
  }

  /** A whole number in {@code [min, max]}, or the fallback when absent. */
  int integer(String name, int fallback, int min, int max) {
    String value = text(name);
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below with the range
    }
    throw Problem.badRequest(
        "'"
            + name
            + "' must be a whole number from "
            + min
            + " to "
            + max
            + ", not '"
            + value
            + "'");
  }

  /** The {@code limit} and {@code offset} of a page. */
  Page page() {
    return new Page(
        integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT), integer("offset", 0, 0, Integer.MAX_VALUE));
  }

  /** The store's filter from since, until, country, type and actor. */
  IncidentFilter incidentFilter() {
    LocalDate since = date("since");
    LocalDate until = date("until");
    if (since != null && until != null && since.isAfter(until)) {
      throw Problem.badRequest("'since' " + since + " is after 'until' " + until);
    }
    String type = text("type");
    if (type != null && !knownType(type)) {
      throw Problem.badRequest(
          "unknown 'type' '"
              + type
              + "': give an ACLED event type or sub-event type, such as"
              + " 'Explosions/Remote violence' or 'Suicide bomb'");
    }
    return new IncidentFilter(since, until, text("country"), type, text("actor"));
  }

  /** One of the allowed values, case-insensitive, or the fallback when absent. */
  String choice(String name, String fallback, java.util.List<String> allowed) {
    String value = text(name);
    if (value == null) {
      return fallback;
    }
    String wanted = value.toLowerCase(Locale.ROOT);
    if (!allowed.contains(wanted)) {
      throw Problem.badRequest(
          "'" + name + "' must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
    }
    return wanted;
  }

  private static boolean knownType(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return Stream.concat(
            Arrays.stream(EventType.values()).map(EventType::label),
            Arrays.stream(SubEventType.values()).map(SubEventType::label))
        .anyMatch(label -> label.toLowerCase(Locale.ROOT).equals(wanted));
  }

  /** A window of a list: at most {@code limit} items from {@code offset}. */
  record Page(int limit, int offset) {
    <T> java.util.List<T> of(java.util.List<T> items) {
      int from = Math.min(offset, items.size());
      return items.subList(from, Math.min(items.size(), from + limit));
    }
  }
}
