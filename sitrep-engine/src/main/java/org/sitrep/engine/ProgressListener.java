package org.sitrep.engine;

/** Hears how a long run is going; called on the submitting thread. */
@FunctionalInterface
public interface ProgressListener {
  /** {@code done} inputs handled so far, {@code refused} of them refused. */
  void progress(int done, int refused);

  static ProgressListener none() {
    return (done, refused) -> {};
  }
}
