package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.output.IncidentJson;
import org.sitrep.engine.output.SearchJson;
import org.sitrep.model.Diagnostic;
import org.sitrep.store.Fragment;
import org.sitrep.store.SearchHit;
import org.sitrep.store.SearchKind;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SearchResults;
import org.sitrep.store.SearchSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep search}: full-text search over the stored documents and incidents. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the full text of the stored documents (title, text, source, date) and incidents"
          + " (type, place, actors and their aliases, the sentences of their claims), best first, each"
          + " hit with the fragments that matched, the matched words in [brackets]. All words"
          + " must occur; English word forms match ('shooting' finds 'shot' and 'shootings')."
          + " Lucene's query syntax: \"a phrase\", OR, -word, prefix*, fuzzy~, field:word"
          + " (title, text, source, published, type, place, actors, claims, date, id)."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption storeOption;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "documents, incidents or both (default)")
  Kind kind = Kind.BOTH;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "how many hits to show, 1 to " + SearchQuery.MAX_LIMIT + " (default 20)")
  int limit = SearchQuery.DEFAULT_LIMIT;

  @Option(names = "--offset", paramLabel = "N", description = "how many of the best hits to skip")
  int offset;

  @Option(names = "--json", description = "write the hits as JSON (the answer of /api/search)")
  boolean json;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY",
      description = "the words to search for (several arguments are one query)")
  List<String> words;

  /** What {@code --kind} can name. */
  enum Kind {
    BOTH,
    DOCUMENTS,
    INCIDENTS;

    Set<SearchKind> kinds() {
      return switch (this) {
        case BOTH -> EnumSet.allOf(SearchKind.class);
        case DOCUMENTS -> Set.of(SearchKind.DOCUMENT);
        case INCIDENTS -> Set.of(SearchKind.INCIDENT);
      };
    }
  }

  @Override
  public Integer call() {
    SearchQuery query = query();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchResults results;
    try (Engine engine = Engine.open(EngineConfig.defaults(storeOption.resolve()))) {
      results = engine.store().search(query);
    } catch (SearchSyntaxException e) {
      throw new ParameterException(spec.commandLine(), "the QUERY is " + e.getMessage());
    }
    for (Diagnostic diagnostic : results.diagnostics()) {
      err.println("sitrep: search index: " + diagnostic.message());
    }
    err.flush();
    if (json) {
      String label = kind.name().toLowerCase(Locale.ROOT);
      out.println(IncidentJson.pretty(SearchJson.of(query, label, results)));
    } else {
      print(out, query, results);
    }
    out.flush();
    return ExitCodes.DONE;
  }

  private SearchQuery query() {
    String text = String.join(" ", words).strip();
    try {
      return new SearchQuery(text, kind.kinds(), limit, offset);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static void print(PrintWriter out, SearchQuery query, SearchResults results) {
    if (results.hits().isEmpty()) {
      out.printf("%d hits for %s%n", results.total(), query.text());
      return;
    }
    out.printf(
        "%d hits for %s; %d to %d:%n",
        results.total(), query.text(), query.offset() + 1, query.offset() + results.hits().size());
    for (SearchHit hit : results.hits()) {
      out.printf(
          "%n%-8s %s  %s  %s%n",
          hit.kind().label(), hit.id(), hit.date() != null ? hit.date() : "undated", hit.label());
      for (Fragment fragment : hit.fragments()) {
        out.printf("    %s: %s%n", fragment.field(), marked(fragment));
      }
    }
  }

  /** The fragment with its matched words in brackets, on one line. */
  static String marked(Fragment fragment) {
    StringBuilder text = new StringBuilder();
    int at = 0;
    for (Fragment.Match match : fragment.matches()) {
      text.append(fragment.text(), at, match.start())
          .append('[')
          .append(fragment.textOf(match))
          .append(']');
      at = match.end();
    }
    text.append(fragment.text().substring(at));
    return text.toString().replaceAll("\\s+", " ");
  }
}
