package org.sitrep.ingest.read;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.sitrep.model.ContentType;
import org.sitrep.model.Limits;
import org.sitrep.model.RefusalReason;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.SourceDocument;

/**
 * The front door for inputs: reads files and folders (recursively, in name order) of the types
 * Sitrep knows — {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}, RSS/Atom {@code
 * .xml}/{@code .rss}/{@code .atom}, {@code .warc}/{@code .warc.gz} — and JSON lines from a stream.
 * Every input that cannot be read is refused with its name and a reason and the rest go on; files
 * of other types inside folders are skipped. Thread-safe.
 */
public final class InputReader {
  private final Limits limits;
  private final JsonLineReader jsonLines;
  private final FeedReader feeds = new FeedReader();
  private final WarcArchiveReader archives;

  public InputReader(Limits limits) {
    this.limits = requireNonNull(limits, "limits");
    this.jsonLines = new JsonLineReader(limits);
    this.archives = new WarcArchiveReader(limits);
  }

  /** Reads a file or a folder. A path that does not exist is refused as unreadable. */
  public void read(Path path, InputSink sink) {
    requireNonNull(path, "path");
    requireNonNull(sink, "sink");
    if (Files.isDirectory(path)) {
      readFolder(path, sink);
    } else {
      readFile(path, sink, true);
    }
  }

  /** Reads JSON lines from a stream, naming inputs {@code origin:line}. */
  public void readJsonLines(InputStream in, String origin, InputSink sink) {
    try {
      jsonLines.read(new BufferedInputStream(in), origin, sink);
    } catch (IOException e) {
      sink.refused(
          new RejectedInput(RefusalReason.UNREADABLE, "read failed: " + e.getMessage())
              .against(origin));
    }
  }

  /** Whether a file name has a type this reader knows. */
  public static boolean isReadable(Path file) {
    return kind(file) != Kind.UNKNOWN;
  }

  private void readFolder(Path folder, InputSink sink) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !isHidden(folder, p)).sorted().toList();
    } catch (IOException | RuntimeException e) {
      sink.refused(
          new RejectedInput(RefusalReason.UNREADABLE, "cannot list folder: " + e.getMessage())
              .against(folder.toString()));
      return;
    }
    for (Path file : files) {
      readFile(file, sink, false);
    }
  }

  private void readFile(Path file, InputSink sink, boolean named) {
    Kind kind = kind(file);
    String origin = file.toString();
    if (kind == Kind.UNKNOWN) {
      if (named) {
        sink.refused(
            new RejectedInput(
                    RefusalReason.UNSUPPORTED_FORMAT,
                    "not a .txt, .html, .jsonl, .xml feed or .warc file")
                .against(origin));
      } else {
        sink.skipped(origin, "not a readable type");
      }
      return;
    }
    try {
      readKnown(file, kind, sink);
    } catch (RejectedInput rejected) {
      sink.refused(rejected.against(origin));
    } catch (LimitExceededException tooLarge) {
      sink.refused(
          new RejectedInput(RefusalReason.TOO_LARGE, tooLarge.getMessage()).against(origin));
    } catch (ZipException badGzip) {
      sink.refused(
          new RejectedInput(RefusalReason.MALFORMED, "bad gzip data: " + badGzip.getMessage())
              .against(origin));
    } catch (IOException | RuntimeException e) {
      LimitExceededException tooLarge = limitIn(e);
      sink.refused(
          (tooLarge != null
                  ? new RejectedInput(RefusalReason.TOO_LARGE, tooLarge.getMessage())
                  : new RejectedInput(RefusalReason.UNREADABLE, "read failed: " + e.getMessage()))
              .against(origin));
    }
  }

  /** The size limit that a library's wrapped exception was caused by, if any. */
  private static LimitExceededException limitIn(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof LimitExceededException limit) {
        return limit;
      }
    }
    return null;
  }

  private void readKnown(Path file, Kind kind, InputSink sink) throws IOException, RejectedInput {
    String name = file.getFileName().toString();
    switch (kind) {
      case TEXT, HTML -> {
        TextDecoder.Decoded decoded =
            TextDecoder.decode(readBounded(file, limits.maxDocumentBytes()), "file");
        sink.document(
            new SourceDocument(
                name,
                file.toString(),
                null,
                null,
                null,
                null,
                kind == Kind.TEXT ? ContentType.TEXT : ContentType.HTML,
                decoded.text(),
                decoded.diagnostics()));
      }
      case JSON_LINES -> {
        try (InputStream in = open(file, limits.maxFileBytes())) {
          jsonLines.read(in, file.toString(), sink);
        }
      }
      case FEED -> {
        TextDecoder.Decoded decoded =
            TextDecoder.decode(readBounded(file, limits.maxDocumentBytes() * 4), "feed");
        feeds.read(decoded.text(), file.toString(), sink);
      }
      case WARC -> readWarc(file, sink, false);
      case WARC_GZ -> readWarc(file, sink, true);
      default -> throw new IllegalStateException("unhandled kind " + kind);
    }
  }

  private void readWarc(Path file, InputSink sink, boolean gzipped) throws IOException {
    checkFileSize(file, limits.maxFileBytes());
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      InputStream in =
          gzipped
              ? new BoundedInputStream(
                  new GZIPInputStream(raw, 64 * 1024),
                  limits.maxDecompressedBytes(),
                  "decompressed archive")
              : raw;
      archives.read(in, file.toString(), sink);
    }
  }

  private static byte[] readBounded(Path file, long limit) throws IOException {
    checkFileSize(file, limit);
    try (InputStream in = new BoundedInputStream(Files.newInputStream(file), limit, "file")) {
      return in.readAllBytes();
    }
  }

  private static InputStream open(Path file, long limit) throws IOException {
    checkFileSize(file, limit);
    return new BufferedInputStream(
        new BoundedInputStream(Files.newInputStream(file), limit, "file"), 64 * 1024);
  }

  private static void checkFileSize(Path file, long limit) throws IOException {
    long size = Files.size(file);
    if (size > limit) {
      throw new LimitExceededException("file of " + size + " bytes exceeds " + limit + " bytes");
    }
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private enum Kind {
    TEXT,
    HTML,
    JSON_LINES,
    FEED,
    WARC,
    WARC_GZ,
    UNKNOWN
  }

  private static Kind kind(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Kind.TEXT;
    } else if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Kind.HTML;
    } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Kind.JSON_LINES;
    } else if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
      return Kind.FEED;
    } else if (name.endsWith(".warc")) {
      return Kind.WARC;
    } else if (name.endsWith(".warc.gz")) {
      return Kind.WARC_GZ;
    }
    return Kind.UNKNOWN;
  }
}
