package org.sitrep.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ContentType;
import org.sitrep.model.Limits;
import org.sitrep.model.RefusalReason;

class InputReaderTest {
  @TempDir Path dir;

  private final InputReader reader = new InputReader(Limits.DEFAULT);

  private CollectingSink read(Path path) {
    CollectingSink sink = new CollectingSink();
    reader.read(path, sink);
    return sink;
  }

  @Test
  void namesATextFileByItsFileName() throws IOException {
    Path file = Files.writeString(dir.resolve("report.txt"), "Two people were killed.");

    CollectingSink sink = read(file);

    assertThat(sink.refusals).isEmpty();
    assertThat(sink.documents)
        .singleElement()
        .satisfies(
            document -> {
              assertThat(document.name()).isEqualTo("report.txt");
              assertThat(document.type()).isEqualTo(ContentType.TEXT);
              assertThat(document.content()).isEqualTo("Two people were killed.");
            });
  }

  @Test
  void readsHtmlFilesAsPages() throws IOException {
    Path file = Files.writeString(dir.resolve("page.html"), "<p>Hello</p>");

    assertThat(read(file).documents)
        .singleElement()
        .satisfies(document -> assertThat(document.type()).isEqualTo(ContentType.HTML));
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.txt"), "");

    CollectingSink sink = read(file);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.refusals)
        .singleElement()
        .satisfies(
            refusal -> {
              assertThat(refusal.reason()).isEqualTo(RefusalReason.EMPTY);
              assertThat(refusal.input()).endsWith("empty.txt");
            });
  }

  @Test
  void refusesABinaryFile() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'};
    Path file = Files.write(dir.resolve("image.txt"), png);

    assertThat(read(file).refusals)
        .singleElement()
        .satisfies(refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.NOT_TEXT));
  }

  @Test
  void repairsWindows1252TextWithADiagnostic() throws IOException {
    byte[] bytes = "Caf\u00e9 attack \u2014 \u201cfive dead\u201d".getBytes("windows-1252");
    Path file = Files.write(dir.resolve("legacy.txt"), bytes);

    CollectingSink sink = read(file);

    assertThat(sink.documents)
        .singleElement()
        .satisfies(
            document -> {
              assertThat(document.content())
                  .isEqualTo("Caf\u00e9 attack \u2014 \u201cfive dead\u201d");
              assertThat(document.diagnostics())
                  .anySatisfy(d -> assertThat(d.code()).isEqualTo("encoding-repaired"));
            });
  }

  @Test
  void refusesAFileOverTheSizeLimit() throws IOException {
    Path file = Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
    InputReader small = new InputReader(Limits.DEFAULT.withMaxDocumentBytes(1000));
    CollectingSink sink = new CollectingSink();

    small.read(file, sink);

    assertThat(sink.refusals)
        .singleElement()
        .satisfies(refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.TOO_LARGE));
  }

  @Test
  void readsTheGoodLinesAroundAMalformedJsonLine() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("batch.jsonl"),
            """
            {"id": "a", "text": "First report.", "published": "2021-08-26"}
            {"id": "b", "text": "unterminated
            {"id": "c", "html": "<p>Third report.</p>", "url": "https://example.org/c"}

            [1, 2, 3]
            {"id": "e", "title": "no body"}
            """);

    CollectingSink sink = read(file);

    assertThat(sink.documents).extracting(d -> d.name()).containsExactly("a", "c");
    assertThat(sink.documents.get(0).declaredPublished()).isEqualTo("2021-08-26");
    assertThat(sink.documents.get(1).type()).isEqualTo(ContentType.HTML);
    assertThat(sink.refusals)
        .extracting(r -> r.input().substring(r.input().lastIndexOf(':') + 1))
        .containsExactly("2", "5", "6");
    assertThat(sink.refusals)
        .allSatisfy(r -> assertThat(r.reason()).isEqualTo(RefusalReason.MALFORMED));
  }

  @Test
  void readsJsonLinesFromAStream() {
    CollectingSink sink = new CollectingSink();
    byte[] lines = "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}".getBytes(StandardCharsets.UTF_8);

    reader.readJsonLines(new ByteArrayInputStream(lines), "stdin", sink);

    assertThat(sink.documents).extracting(d -> d.content()).containsExactly("One.", "Two.");
    assertThat(sink.documents).allSatisfy(d -> assertThat(d.name()).isNull());
  }

  @Test
  void turnsFeedItemsIntoDocuments() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("feed.xml"),
            """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Wire</title>
              <item><title>Blast</title><link>https://example.org/1</link>
                <pubDate>Thu, 26 Aug 2021 18:00:00 GMT</pubDate>
                <description>&lt;p&gt;A blast killed five.&lt;/p&gt;</description></item>
              <item><title>Empty</title><link>https://example.org/2</link></item>
            </channel></rss>
            """);

    CollectingSink sink = read(file);

    assertThat(sink.documents)
        .singleElement()
        .satisfies(
            document -> {
              assertThat(document.name()).isEqualTo("https://example.org/1");
              assertThat(document.outlet()).isEqualTo("Wire");
              assertThat(document.title()).isEqualTo("Blast");
              assertThat(document.declaredPublished()).isEqualTo("2021-08-26");
              assertThat(document.content()).contains("A blast killed five.");
            });
    assertThat(sink.refusals)
        .singleElement()
        .satisfies(refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.EMPTY));
  }

  @Test
  void readsAtomFeeds() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("feed.atom"),
            """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
              <id>urn:feed</id><updated>2021-08-27T00:00:00Z</updated>
              <entry><title>Strike</title><id>urn:entry:1</id>
                <published>2021-08-27T10:00:00Z</published><updated>2021-08-27T10:00:00Z</updated>
                <content type="html">&lt;p&gt;An air strike hit a car.&lt;/p&gt;</content></entry>
            </feed>
            """);

    assertThat(read(file).documents)
        .singleElement()
        .satisfies(
            document -> {
              assertThat(document.name()).isEqualTo("urn:entry:1");
              assertThat(document.declaredPublished()).isEqualTo("2021-08-27");
            });
  }

  @Test
  void neverResolvesExternalEntities() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
    Path file =
        Files.writeString(
            dir.resolve("evil.xml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>i</title>"
                + "<description>&x;</description></item></channel></rss>");

    CollectingSink sink = read(file);

    assertThat(sink.documents).noneSatisfy(d -> assertThat(d.content()).contains("TOP-SECRET"));
    assertThat(sink.refusals)
        .singleElement()
        .satisfies(refusal -> assertThat(refusal.detail()).contains("DOCTYPE"));
  }

  @Test
  void readsHtmlResponsesFromAWarcArchive() throws IOException {
    Path file = Files.write(dir.resolve("crawl.warc"), warc());

    CollectingSink sink = read(file);

    assertThat(sink.refusals).isEmpty();
    assertThat(sink.documents)
        .singleElement()
        .satisfies(
            document -> {
              assertThat(document.name()).isEqualTo("http://example.org/news/1");
              assertThat(document.type()).isEqualTo(ContentType.HTML);
              assertThat(document.content()).contains("Five people were killed");
              assertThat(document.declaredPublished()).isNull();
            });
  }

  @Test
  void readsGzippedWarcArchives() throws IOException {
    Path file = Files.write(dir.resolve("crawl.warc.gz"), gzip(warc()));

    assertThat(read(file).documents).hasSize(1);
  }

  @Test
  void refusesAGzipBomb() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(bytes)) {
      // A valid record header announcing 64 MiB of content, then the zeros: small on disk, huge
      // once expanded.
      gzip.write(
          ("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://example.org/z\r\n"
                  + "WARC-Date: 2023-03-25T10:00:00Z\r\n"
                  + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000009>\r\n"
                  + "Content-Type: text/plain\r\nContent-Length: 67108864\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        gzip.write(zeros);
      }
    }
    Path file = Files.write(dir.resolve("bomb.warc.gz"), bytes.toByteArray());
    InputReader bounded = new InputReader(Limits.DEFAULT.withMaxDecompressedBytes(4L << 20));
    CollectingSink sink = new CollectingSink();

    bounded.read(file, sink);

    assertThat(file.toFile().length()).isLessThan(1 << 20);
    assertThat(sink.documents).isEmpty();
    assertThat(sink.refusals)
        .singleElement()
        .satisfies(refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.TOO_LARGE));
  }

  @Test
  void refusesCorruptGzip() throws IOException {
    Path file = Files.write(dir.resolve("broken.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1});

    assertThat(read(file).refusals).hasSize(1);
  }

  @Test
  void readsFoldersRecursivelyInNameOrderSkippingOtherTypes() throws IOException {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve(".hidden"));
    Files.writeString(dir.resolve("b/inner/z.txt"), "Z report.");
    Files.writeString(dir.resolve("a.txt"), "A report.");
    Files.writeString(dir.resolve("b/notes.json"), "{}");
    Files.writeString(dir.resolve(".hidden/h.txt"), "hidden");

    CollectingSink sink = read(dir);

    assertThat(sink.documents).extracting(d -> d.name()).containsExactly("a.txt", "z.txt");
    assertThat(sink.skipped).singleElement().asString().endsWith("notes.json");
    assertThat(sink.refusals).isEmpty();
  }

  @Test
  void refusesANamedFileOfAnUnknownType() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.json"), "{}");

    assertThat(read(file).refusals)
        .singleElement()
        .satisfies(
            refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.UNSUPPORTED_FORMAT));
  }

  @Test
  void refusesAMissingPath() {
    assertThat(read(dir.resolve("missing.txt")).refusals)
        .singleElement()
        .satisfies(refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.UNREADABLE));
  }

  private static byte[] warc() {
    String html =
        "<html><head><title>Blast</title></head><body><article><p>Five people were killed in"
            + " a blast on Monday.</p></article></body></html>";
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + html.getBytes(StandardCharsets.UTF_8).length
            + "\r\n\r\n"
            + html;
    String request = "GET /news/1 HTTP/1.1\r\nHost: example.org\r\n\r\n";
    return (record("request", "application/http;msgtype=request", request, "1")
            + record("response", "application/http;msgtype=response", http, "2"))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String record(String type, String contentType, String block, String id) {
    return "WARC/1.0\r\n"
        + "WARC-Type: "
        + type
        + "\r\n"
        + "WARC-Target-URI: http://example.org/news/1\r\n"
        + "WARC-Date: 2023-03-25T10:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000"
        + id
        + ">\r\n"
        + "Content-Type: "
        + contentType
        + "\r\n"
        + "Content-Length: "
        + block.getBytes(StandardCharsets.UTF_8).length
        + "\r\n"
        + "\r\n"
        + block
        + "\r\n\r\n";
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(data);
    }
    return bytes.toByteArray();
  }
}
