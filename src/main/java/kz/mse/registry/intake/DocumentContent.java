package kz.mse.registry.intake;

import java.util.Base64;
import kz.mse.registry.system.ApiException;

/** A decoded document file, its type recognised by content (magic bytes), never by name. */
record DocumentContent(byte[] bytes, String contentType) {

  static final int MAX_BYTES = 10 * 1024 * 1024;

  /** Decodes {@code documents[i].contentBase64}; null when the document carries no file. */
  static DocumentContent decode(int index, String base64) {
    if (base64 == null || base64.isBlank()) {
      return null;
    }
    String field = "documents[" + index + "].contentBase64";
    // 4 base64 chars carry 3 bytes: reject before decoding a huge payload into memory
    if ((long) base64.length() * 3 / 4 > MAX_BYTES + 3L) {
      throw ApiException.badInput(field, "file is larger than 10 MiB");
    }
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw ApiException.badInput(field, "is not valid base64");
    }
    if (bytes.length > MAX_BYTES) {
      throw ApiException.badInput(field, "file is larger than 10 MiB");
    }
    String type = sniff(bytes);
    if (type == null) {
      throw ApiException.badInput(field, "must be a PDF, JPEG or PNG file");
    }
    return new DocumentContent(bytes, type);
  }

  private static String sniff(byte[] b) {
    if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return "application/pdf";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
