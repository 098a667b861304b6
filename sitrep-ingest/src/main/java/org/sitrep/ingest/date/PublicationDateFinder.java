package org.sitrep.ingest.date;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.PublicationDate;

/**
 * Decides a document's publication date. A date given with the input wins. Otherwise the text's own
 * date is looked for near its top ({@link CandidateFinder}) and kept only when nothing in the text
 * contradicts it ({@link ContradictionFinder}); a rejected date leaves the date unknown, with the
 * reason in the detail. Thread-safe.
 */
public final class PublicationDateFinder {
  private final DateScanner scanner = new DateScanner();
  private final CandidateFinder candidates = new CandidateFinder(scanner);
  private final DeclaredDateParser declared = new DeclaredDateParser(scanner);
  private final Clock clock;

  /** A finder for which "today" is the system's day in UTC. */
  public PublicationDateFinder() {
    this(Clock.systemUTC());
  }

  /** A finder for which "today" comes from {@code clock} (dates after it are not believed). */
  public PublicationDateFinder(Clock clock) {
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * The publication date of a document: {@code given} when it is known (from the input, a header
   * line or page metadata), else a date found in {@code text} that the text does not contradict,
   * else unknown.
   *
   * @param given the date that came with the input; {@link PublicationDate#unknown} when none did
   */
  public PublicationDate find(PublicationDate given, String text) {
    requireNonNull(given, "given");
    requireNonNull(text, "text");
    if (given.isKnown()) {
      return given;
    }
    List<DateCandidate> found = candidates.candidates(text);
    if (found.isEmpty()) {
      return PublicationDate.unknown("no publication date printed near the top of the text");
    }
    ContradictionFinder contradictions = new ContradictionFinder(scanner, LocalDate.now(clock));
    List<String> rejections = new ArrayList<>();
    for (DateCandidate candidate : found) {
      List<String> reasons = contradictions.contradictions(candidate.mention(), text);
      if (reasons.isEmpty()) {
        return PublicationDate.of(candidate.mention().date(), DateEvidence.TEXT, candidate.where());
      }
      rejections.add("rejected " + candidate.where() + ": " + String.join("; ", reasons));
    }
    return PublicationDate.unknown(String.join(". ", rejections));
  }

  /**
   * Parses a date as inputs and feeds write it: ISO 8601 dates and date-times (the date is the one
   * in the stated zone), RFC 1123 / RFC 822 ("Thu, 26 Aug 2021 10:00:00 GMT"), "2021/08/26",
   * "August 26, 2021", "26 August 2021". Empty for anything else; never throws.
   */
  public Optional<LocalDate> parseDeclared(String raw) {
    return declared.parse(raw);
  }
}
