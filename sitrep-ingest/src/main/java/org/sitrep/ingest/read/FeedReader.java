package org.sitrep.ingest.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.sitrep.model.ContentType;
import org.sitrep.model.RefusalReason;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.SourceDocument;
import org.xml.sax.InputSource;

/**
 * Reads RSS and Atom feeds: each item becomes a document (its full content when the feed carries
 * it, else its summary). Feeds declaring a DOCTYPE are refused, so external entities are never
 * resolved.
 */
final class FeedReader {

  void read(String xml, String origin, InputSink sink) throws RejectedInput {
    SyndFeed feed = parse(xml);
    String outlet = blankToNull(feed.getTitle());
    int number = 0;
    for (SyndEntry entry : feed.getEntries()) {
      number++;
      String where = origin + "#item" + number;
      String body = body(entry);
      if (body == null || body.isBlank()) {
        sink.refused(
            new RejectedInput(RefusalReason.EMPTY, "feed item has no content").against(where));
        continue;
      }
      sink.document(
          new SourceDocument(
              itemId(entry),
              where,
              blankToNull(entry.getLink()),
              outlet,
              blankToNull(entry.getTitle()),
              isoDate(entry.getPublishedDate()),
              ContentType.HTML,
              body,
              List.of()));
    }
  }

  private static SyndFeed parse(String xml) throws RejectedInput {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    try {
      return input.build(new InputSource(new StringReader(xml)));
    } catch (FeedException | IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("DOCTYPE")) {
        throw new RejectedInput(
            RefusalReason.MALFORMED, "feed declares a DOCTYPE; entities are never resolved", e);
      }
      throw new RejectedInput(RefusalReason.MALFORMED, "not an RSS or Atom feed: " + message, e);
    }
  }

  private static String body(SyndEntry entry) {
    StringBuilder html = new StringBuilder();
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null) {
        html.append(content.getValue()).append('\n');
      }
    }
    if (html.length() == 0 && entry.getDescription() != null) {
      html.append(entry.getDescription().getValue());
    }
    return html.toString();
  }

  /** The item's id: its URI or link when it has one, else none (derived from the content later). */
  private static String itemId(SyndEntry entry) {
    String uri = blankToNull(entry.getUri());
    return uri != null ? uri : blankToNull(entry.getLink());
  }

  private static String isoDate(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
