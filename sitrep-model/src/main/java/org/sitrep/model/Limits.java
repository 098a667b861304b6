package org.sitrep.model;

import java.time.Duration;

/**
 * Explicit limits on what one input may cost. Inputs past a limit are refused with {@link
 * RefusalReason#TOO_LARGE} or {@link RefusalReason#TIMEOUT}, never silently truncated.
 *
 * @param maxDocumentBytes the largest single document (text or page), in bytes
 * @param maxFileBytes the largest input file read, in bytes (a JSONL, feed or WARC file)
 * @param maxDecompressedBytes the most bytes a compressed input may expand to (gzip bombs)
 * @param maxHtmlDepth the deepest element nesting of a page that is still parsed
 * @param maxTokens the most tokens one document may have for annotation
 * @param timeout the longest one document may take in one stage
 */
public record Limits(
    long maxDocumentBytes,
    long maxFileBytes,
    long maxDecompressedBytes,
    int maxHtmlDepth,
    int maxTokens,
    Duration timeout) {
  public static final Limits DEFAULT =
      new Limits(
          5L * 1024 * 1024,
          2L * 1024 * 1024 * 1024,
          1024L * 1024 * 1024,
          512,
          50_000,
          Duration.ofSeconds(120));

  public Limits {
    if (maxDocumentBytes <= 0
        || maxFileBytes <= 0
        || maxDecompressedBytes <= 0
        || maxHtmlDepth <= 0
        || maxTokens <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    java.util.Objects.requireNonNull(timeout, "timeout");
  }

  public Limits withMaxDocumentBytes(long bytes) {
    return new Limits(bytes, maxFileBytes, maxDecompressedBytes, maxHtmlDepth, maxTokens, timeout);
  }

  public Limits withMaxDecompressedBytes(long bytes) {
    return new Limits(maxDocumentBytes, maxFileBytes, bytes, maxHtmlDepth, maxTokens, timeout);
  }
}
