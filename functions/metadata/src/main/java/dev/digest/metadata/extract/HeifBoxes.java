package dev.digest.metadata.extract;

import java.nio.charset.StandardCharsets;

/**
 * Repairs the sizes a HEIF file declares before metadata-extractor reads it, because that reader
 * allocates whatever a box or item location claims (a 2 GB claim in a 150 KB file costs 2 GB or
 * loses every field). Box sizes in the metadata box are cut to what their parent holds and item
 * extents to the bytes present, so a truncated or lying file still yields what it really contains.
 */
final class HeifBoxes {
  private final byte[] file;
  private final Warnings warnings;
  private int boxes;

  private HeifBoxes(byte[] file, Warnings warnings) {
    this.file = file;
    this.warnings = warnings;
  }

  /** Fixes declared sizes in place in the buffered file; the caller's copy is private to it. */
  static void repair(byte[] file, Warnings warnings) {
    new HeifBoxes(file, warnings).walk(0, file.length, 0);
  }

  private void walk(int from, int to, int depth) {
    int at = from;
    while (to - at >= 8 && depth <= MovieReader.MAX_DEPTH) {
      if (++boxes > MovieReader.MAX_BOXES) {
        return;
      }
      long size = uint(at, 4);
      String type = new String(file, at + 4, 4, StandardCharsets.ISO_8859_1);
      int header = 8;
      boolean large = size == 1 && to - at >= 16;
      if (large) {
        size = uint(at + 8, 8);
        header = 16;
      } else if (size == 0) {
        size = to - at;
      }
      if (size < header) {
        return; // metadata-extractor stops at a box this small by itself
      }
      if (size > to - at) {
        boolean topLevel = depth == 0;
        if (!topLevel || type.equals("meta")) {
          warnings.add(
              "HEIF box '"
                  + type
                  + "' at byte "
                  + at
                  + " declares "
                  + size
                  + " bytes but only "
                  + (to - at)
                  + " are there; cut to fit");
          size = to - at;
          put(large ? at + 8 : at, large ? 8 : 4, size);
        } else {
          return; // a truncated media box at the end is skipped, never read
        }
      }
      int end = at + (int) size;
      switch (type) {
        case "meta" -> walk(at + header + 4, end, depth + 1); // a full box: version and flags
        case "iprp", "ipco" -> walk(at + header, end, depth + 1);
        case "iloc" -> clampExtents(at + header, end);
        default -> {}
      }
      at = end;
    }
  }

  /** Cuts each item extent that reaches past the end of the file (construction method 0). */
  private void clampExtents(int from, int to) {
    if (to - from < 8) {
      return;
    }
    int version = file[from] & 0xFF;
    int offsetSize = (file[from + 4] & 0xFF) >> 4;
    int lengthSize = file[from + 4] & 0x0F;
    int baseSize = (file[from + 5] & 0xFF) >> 4;
    int indexSize = version >= 1 ? file[from + 5] & 0x0F : 0;
    if (!validFieldSize(offsetSize)
        || !validFieldSize(lengthSize)
        || !validFieldSize(baseSize)
        || !validFieldSize(indexSize)) {
      return;
    }
    int at = from + 6;
    int countSize = version < 2 ? 2 : 4;
    if (to - at < countSize) {
      return;
    }
    long items = uint(at, countSize);
    at += countSize;
    for (long item = 0; item < items; item++) {
      int fixed = countSize + (version >= 1 ? 2 : 0) + 2 + baseSize + 2;
      if (to - at < fixed) {
        return;
      }
      int methodAt = at + countSize;
      int method = version >= 1 ? file[methodAt + 1] & 0x0F : 0;
      long base = uint(at + fixed - 2 - baseSize, baseSize);
      int extents = (int) uint(at + fixed - 2, 2);
      at += fixed;
      for (int e = 0; e < extents; e++) {
        int entry = indexSize + offsetSize + lengthSize;
        if (to - at < entry) {
          return;
        }
        long offset = uint(at + indexSize, offsetSize);
        int lengthAt = at + indexSize + offsetSize;
        long length = uint(lengthAt, lengthSize);
        long start = base + offset;
        if (method == 0 && lengthSize > 0 && length > 0 && start + length > file.length) {
          long present = Math.max(0, file.length - Math.max(0, start));
          warnings.add(
              "HEIF item data at byte "
                  + start
                  + " declares "
                  + length
                  + " bytes but the file has "
                  + present
                  + " there; cut to fit");
          put(lengthAt, lengthSize, present);
        }
        at += entry;
      }
    }
  }

  private static boolean validFieldSize(int size) {
    return size == 0 || size == 4 || size == 8;
  }

  private long uint(int at, int size) {
    long value = 0;
    for (int i = 0; i < size; i++) {
      value = (value << 8) | (file[at + i] & 0xFF);
    }
    return value;
  }

  private void put(int at, int size, long value) {
    for (int i = size - 1; i >= 0; i--) {
      file[at + i] = (byte) value;
      value >>>= 8;
    }
  }
}
