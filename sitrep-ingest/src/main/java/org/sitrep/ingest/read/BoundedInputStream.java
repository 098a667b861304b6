package org.sitrep.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until {@code limit} have been read, then fails: the guard against gzip bombs
 * and oversized inputs, which are refused rather than truncated.
 */
final class BoundedInputStream extends FilterInputStream {
  private final long limit;
  private final String what;
  private long count;

  BoundedInputStream(InputStream in, long limit, String what) {
    super(in);
    this.limit = limit;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) throws LimitExceededException {
    count += n;
    if (count > limit) {
      throw new LimitExceededException(what + " exceeds " + limit + " bytes");
    }
  }
}
