package org.sitrep.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RefusalReason;
import org.sitrep.model.RejectedInput;

/**
 * Turns the bytes of a text input into a string: UTF-8 (with or without a byte-order mark), UTF-16
 * with a byte-order mark, and, for bytes that are not valid UTF-8, windows-1252 with a diagnostic.
 * Binary data is refused.
 */
final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** A decoded text and what was repaired on the way. */
  record Decoded(String text, List<Diagnostic> diagnostics) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes, String what) throws RejectedInput {
    if (bytes.length == 0) {
      throw new RejectedInput(RefusalReason.EMPTY, what + " is empty");
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      String text = new String(bytes, StandardCharsets.UTF_16);
      return new Decoded(text, List.of(new Diagnostic("encoding", "decoded as UTF-16")));
    }
    int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    if (looksBinary(bytes, offset)) {
      throw new RejectedInput(RefusalReason.NOT_TEXT, what + " holds binary data, not text");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
      diagnostics.add(
          new Diagnostic("encoding-repaired", "not valid UTF-8; decoded as windows-1252 instead"));
    }
    return new Decoded(text, diagnostics);
  }

  /**
   * Text has no NUL bytes and few control characters; the first 8 KiB tell. UTF-16 without a
   * byte-order mark counts as binary: it cannot be told from binary reliably.
   */
  private static boolean looksBinary(byte[] bytes, int offset) {
    int end = Math.min(bytes.length, offset + 8192);
    int control = 0;
    for (int i = offset; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return control * 20 > end - offset;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
