package dev.digest.metadata.extract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads MP4 and QuickTime videos with one bounded box walker: it streams past the media data, holds
 * only the {@code moov} box (within the buffer limit), checks every box size against its parent,
 * and caps depth and box count. It exists because metadata-extractor 2.21.0 does not read Apple's
 * {@code moov/meta} keys (where iPhones put GPS), maps the codec code to a name, splits MP4 and
 * QuickTime into different directories, and allocates whatever size a box declares.
 */
final class MovieReader {
  /** Deeper than any real movie (moov/trak/mdia/minf/stbl/stsd is six); stops crafted nesting. */
  static final int MAX_DEPTH = 16;

  /** More boxes than a long real movie has; stops files made of millions of tiny boxes. */
  static final int MAX_BOXES = 100_000;

  /** Seconds from the QuickTime epoch (1904-01-01) to the Unix epoch (1970-01-01). */
  private static final long EPOCH_1904 = 2_082_844_800L;

  private static final String ISO6709_KEY = "com.apple.quicktime.location.ISO6709";
  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

  private final Limits limits;
  private final Warnings warnings;
  private int boxes;
  private boolean stopped;

  private Long creation;
  private long timescale;
  private Long duration;
  private Track video;
  private Gps keysGps;
  private Gps userDataGps;

  private MovieReader(Limits limits, Warnings warnings) {
    this.limits = limits;
    this.warnings = warnings;
  }

  /**
   * Returns the video metadata, or null when the file has no readable movie box.
   *
   * @param in the upload, positioned at its first byte
   */
  static VideoMetadata read(Input in, Limits limits, Warnings warnings) {
    MovieReader reader = new MovieReader(limits, warnings);
    Moov moov = reader.findMoov(in);
    if (moov == null) {
      return null;
    }
    reader.parseMoov(moov);
    return reader.result();
  }

  /** The bytes of the movie box and where they start in the file, for warnings. */
  private record Moov(byte[] data, long offset) {}

  /** What one track says; only the first video track is reported. */
  private static final class Track {
    private String handler;
    private Integer width;
    private Integer height;
    private Integer codedWidth;
    private Integer codedHeight;
    private String codec;
    private long mediaTimescale;
    private long samples;
    private double sampleTime;
  }

  private Moov findMoov(Input in) {
    while (true) {
      long at = in.position();
      byte[] header = in.read(8);
      if (header.length == 0) {
        warnings.add("Video has no movie header box (moov); nothing could be read");
        return null;
      }
      if (header.length < 8) {
        warnings.add("Video is truncated: it ends at byte " + in.position() + " inside a box");
        return null;
      }
      if (++boxes > MAX_BOXES) {
        warnings.add("Video has more than " + MAX_BOXES + " boxes; the rest was not read");
        return null;
      }
      long size = uint32(header, 0);
      String type = fourcc(header, 4);
      int headerSize = 8;
      if (size == 1) {
        byte[] large = in.read(8);
        if (large.length < 8) {
          warnings.add("Video is truncated: it ends at byte " + in.position() + " inside a box");
          return null;
        }
        size = int64(large, 0);
        headerSize = 16;
      }
      boolean toEnd = size == 0;
      if (!printable(type) || (!toEnd && size < headerSize)) {
        warnings.add(
            at == 0
                ? "Not an MP4 or QuickTime file: it does not start with a box"
                : "Video is corrupt: the box at byte " + at + " has an invalid size or type");
        return null;
      }
      if (type.equals("moov")) {
        return readMoov(in, at, toEnd ? -1 : size - headerSize);
      }
      if (toEnd) {
        warnings.add("Video has no movie header box (moov); nothing could be read");
        return null;
      }
      long body = size - headerSize;
      long skipped = in.skip(body);
      if (skipped < body) {
        warnings.add(
            "Video is truncated: the '"
                + type
                + "' box at byte "
                + at
                + " declares "
                + size
                + " bytes but the file ends first, and no movie header box (moov) came before it");
        return null;
      }
    }
  }

  private Moov readMoov(Input in, long at, long body) {
    long offset = in.position();
    int max = limits.maxBufferedBytes();
    if (body > max) {
      warnings.add(
          "Video movie header box (moov) of "
              + body
              + " bytes exceeds the limit of "
              + max
              + " bytes; it was not read");
      return null;
    }
    int wanted = body < 0 ? max : (int) body;
    byte[] data = in.read(wanted);
    if (body >= 0 && data.length < body) {
      warnings.add(
          "Video is truncated: the movie header box (moov) at byte "
              + at
              + " declares "
              + body
              + " bytes but the file ends after "
              + data.length
              + "; what is there was read");
    } else if (body < 0 && data.length == max && in.skip(1) > 0) {
      warnings.add(
          "Video movie header box (moov) exceeds the limit of " + max + " bytes; it was cut there");
    }
    return new Moov(data, offset);
  }

  private interface BoxVisitor {
    void visit(String type, int from, int to, int depth);
  }

  /** Walks the boxes in {@code [from, to)}, checking each size against what the parent has left. */
  private void children(Moov moov, int from, int to, int depth, BoxVisitor visitor) {
    if (depth > MAX_DEPTH) {
      warnings.add("Video boxes nest deeper than " + MAX_DEPTH + " levels; the rest was not read");
      return;
    }
    byte[] d = moov.data();
    int at = from;
    while (!stopped && to - at >= 8) {
      if (++boxes > MAX_BOXES) {
        warnings.add("Video has more than " + MAX_BOXES + " boxes; the rest was not read");
        stopped = true;
        return;
      }
      long size = uint32(d, at);
      String type = fourcc(d, at + 4);
      int header = 8;
      if (size == 1 && to - at >= 16) {
        size = int64(d, at + 8);
        header = 16;
      } else if (size == 0) {
        size = to - at;
      }
      if (size < header || size > to - at) {
        warnings.add(
            "Video box '"
                + printableOr(type)
                + "' at byte "
                + (moov.offset() + at)
                + " declares "
                + size
                + " bytes but its parent has only "
                + (to - at)
                + " left; the rest of the parent was skipped");
        return;
      }
      visitor.visit(type, at + header, at + (int) size, depth + 1);
      at += (int) size;
    }
  }

  private void parseMoov(Moov moov) {
    byte[] d = moov.data();
    children(
        moov,
        0,
        d.length,
        1,
        (type, from, to, depth) -> {
          switch (type) {
            case "mvhd" -> movieHeader(d, from, to);
            case "trak" -> track(moov, from, to, depth);
            case "udta" -> userData(moov, from, to, depth);
            case "meta" -> meta(moov, from, to, depth);
            default -> {}
          }
        });
  }

  private void movieHeader(byte[] d, int from, int to) {
    boolean v1 = to - from >= 1 && d[from] == 1;
    int need = v1 ? 32 : 20;
    if (to - from < need) {
      warnings.add("Video movie header (mvhd) is too short; duration and date were not read");
      return;
    }
    creation = v1 ? int64(d, from + 4) : uint32(d, from + 4);
    timescale = uint32(d, from + (v1 ? 20 : 12));
    long raw = v1 ? int64(d, from + 24) : uint32(d, from + 16);
    boolean unknown = v1 ? raw == -1L : raw == 0xFFFF_FFFFL;
    duration = unknown || raw <= 0 ? null : raw;
  }

  private void track(Moov moov, int from, int to, int depth) {
    byte[] d = moov.data();
    Track track = new Track();
    BoxVisitor sampleTable =
        (type, f, t, dp) -> {
          switch (type) {
            case "stsd" -> sampleDescription(track, d, f, t);
            case "stts" -> timeToSample(track, d, f, t);
            default -> {}
          }
        };
    BoxVisitor mediaInformation =
        (type, f, t, dp) -> {
          if (type.equals("stbl")) {
            children(moov, f, t, dp, sampleTable);
          }
        };
    BoxVisitor media =
        (type, f, t, dp) -> {
          switch (type) {
            case "mdhd" -> {
              boolean v1 = t - f >= 1 && d[f] == 1;
              if (t - f >= (v1 ? 24 : 16)) {
                track.mediaTimescale = uint32(d, f + (v1 ? 20 : 12));
              }
            }
            case "hdlr" -> {
              if (t - f >= 12) {
                track.handler = fourcc(d, f + 8);
              }
            }
            case "minf" -> children(moov, f, t, dp, mediaInformation);
            default -> {}
          }
        };
    children(
        moov,
        from,
        to,
        depth,
        (type, f, t, dp) -> {
          switch (type) {
            case "tkhd" -> trackHeader(track, d, f, t);
            case "mdia" -> children(moov, f, t, dp, media);
            default -> {}
          }
        });
    if (video == null && "vide".equals(track.handler)) {
      video = track;
    }
  }

  private static void trackHeader(Track track, byte[] d, int from, int to) {
    boolean v1 = to - from >= 1 && d[from] == 1;
    int widthAt = from + (v1 ? 88 : 76);
    if (to - widthAt >= 8) {
      // 16.16 fixed point; the integer part is the size in pixels.
      track.width = positive(uint32(d, widthAt) >>> 16);
      track.height = positive(uint32(d, widthAt + 4) >>> 16);
    }
  }

  private void sampleDescription(Track track, byte[] d, int from, int to) {
    int entry = from + 8; // version, flags and entry count come first
    if (to - entry < 8 || uint32(d, from + 4) == 0) {
      return;
    }
    String code = fourcc(d, entry + 4).replaceAll("[\\s\\x00]+$", "");
    if (printable(code) && !code.isEmpty()) {
      track.codec = code;
    } else {
      warnings.add("Video sample description has an unreadable codec code");
    }
    if (to - entry >= 36) {
      track.codedWidth = positive(uint16(d, entry + 32));
      track.codedHeight = positive(uint16(d, entry + 34));
    }
  }

  private static void timeToSample(Track track, byte[] d, int from, int to) {
    if (to - from < 8) {
      return;
    }
    long declared = uint32(d, from + 4);
    long entries = Math.min(declared, (to - from - 8) / 8);
    for (int i = 0; i < entries; i++) {
      long count = uint32(d, from + 8 + i * 8);
      long delta = uint32(d, from + 12 + i * 8);
      track.samples += count;
      track.sampleTime += (double) count * delta;
    }
  }

  private void userData(Moov moov, int from, int to, int depth) {
    byte[] d = moov.data();
    children(
        moov,
        from,
        to,
        depth,
        (type, f, t, dp) -> {
          if (type.equals("\u00A9xyz") && userDataGps == null && t - f >= 4) {
            int length = Math.min(uint16(d, f), t - f - 4);
            String text = new String(d, f + 4, length, StandardCharsets.UTF_8);
            userDataGps = Iso6709.parse(text);
            if (userDataGps == null) {
              warnings.add("Video ©xyz location is not an ISO 6709 position: " + excerpt(text));
            }
          }
        });
  }

  /** Reads Apple's key/value metadata: {@code keys} names the entries of {@code ilst} by index. */
  private void meta(Moov moov, int from, int to, int depth) {
    byte[] d = moov.data();
    // QuickTime's meta is a plain box; ISO's is a full box with four bytes of version and flags.
    int first = to - from >= 8 && fourcc(d, from + 4).equals("hdlr") ? from : from + 4;
    List<String> keys = new ArrayList<>();
    Map<Integer, String> values = new HashMap<>();
    children(
        moov,
        first,
        to,
        depth,
        (type, f, t, dp) -> {
          if (type.equals("keys")) {
            readKeys(d, f, t, keys);
          } else if (type.equals("ilst")) {
            children(
                moov, f, t, dp, (item, vf, vt, vdp) -> readItem(moov, item, vf, vt, vdp, values));
          }
        });
    int index = keys.indexOf(ISO6709_KEY);
    String text = index < 0 ? null : values.get(index + 1);
    if (text != null && keysGps == null) {
      keysGps = Iso6709.parse(text);
      if (keysGps == null) {
        warnings.add("Video " + ISO6709_KEY + " is not an ISO 6709 position: " + excerpt(text));
      }
    }
  }

  private void readKeys(byte[] d, int from, int to, List<String> keys) {
    if (to - from < 8) {
      return;
    }
    long declared = uint32(d, from + 4);
    int at = from + 8;
    for (long i = 0; i < declared && to - at >= 8; i++) {
      long size = uint32(d, at);
      if (size < 8 || size > to - at) {
        warnings.add("Video metadata keys are corrupt; the remaining keys were skipped");
        return;
      }
      keys.add(new String(d, at + 8, (int) size - 8, StandardCharsets.UTF_8));
      at += (int) size;
    }
  }

  /** Keeps the UTF-8 text of one item; the item's box type is its 1-based key index. */
  private void readItem(
      Moov moov, String indexType, int from, int to, int depth, Map<Integer, String> values) {
    byte[] d = moov.data();
    int index = (int) uint32(indexType.getBytes(StandardCharsets.ISO_8859_1), 0);
    children(
        moov,
        from,
        to,
        depth,
        (type, f, t, dp) -> {
          // data: a well-known type (1 is UTF-8), a locale, then the value itself.
          if (type.equals("data")
              && t - f >= 8
              && uint32(d, f) == 1
              && !values.containsKey(index)) {
            int length = Math.min(t - f - 8, Iso6709.MAX_LENGTH + 1);
            values.put(index, new String(d, f + 8, length, StandardCharsets.UTF_8));
          }
        });
  }

  private VideoMetadata result() {
    Double seconds = duration != null && timescale > 0 ? (double) duration / timescale : null;
    if (duration != null && timescale == 0) {
      warnings.add("Video movie header declares a time scale of zero; no duration");
    }
    Integer width = null;
    Integer height = null;
    Double frameRate = null;
    String codec = null;
    if (video != null) {
      boolean headerSize = video.width != null && video.height != null;
      width = headerSize ? video.width : video.codedWidth;
      height = headerSize ? video.height : video.codedHeight;
      codec = video.codec;
      if (video.samples > 0 && video.sampleTime > 0 && video.mediaTimescale > 0) {
        frameRate = video.samples * (double) video.mediaTimescale / video.sampleTime;
      }
    }
    return new VideoMetadata(
        seconds,
        width,
        height,
        frameRate,
        codec,
        creationTime(),
        keysGps != null ? keysGps : userDataGps);
  }

  private String creationTime() {
    if (creation == null || creation == 0) {
      return null;
    }
    long seconds = creation;
    if (seconds < 0) {
      return null;
    }
    if (seconds >= EPOCH_1904) {
      seconds -= EPOCH_1904;
    } else {
      // Some writers count from 1970 instead of 1904; ExifTool reads such dates the same way.
      warnings.add("Video creation time counts from 1970 instead of 1904; read as such");
    }
    return INSTANT.format(Instant.ofEpochSecond(seconds));
  }

  private static Integer positive(long value) {
    return value > 0 && value <= Integer.MAX_VALUE ? (int) value : null;
  }

  private static String excerpt(String text) {
    String clean = Text.clean(text, 40);
    return clean == null ? "(blank)" : '"' + clean + '"';
  }

  private static boolean printable(String fourcc) {
    return fourcc.chars().allMatch(c -> c >= 0x20 && c <= 0x7E || c == 0xA9);
  }

  private static String printableOr(String fourcc) {
    return printable(fourcc) ? fourcc : "?";
  }

  private static String fourcc(byte[] d, int at) {
    return new String(d, at, 4, StandardCharsets.ISO_8859_1);
  }

  private static int uint16(byte[] d, int at) {
    return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
  }

  private static long uint32(byte[] d, int at) {
    return ((d[at] & 0xFFL) << 24)
        | ((d[at + 1] & 0xFFL) << 16)
        | ((d[at + 2] & 0xFFL) << 8)
        | (d[at + 3] & 0xFFL);
  }

  private static long int64(byte[] d, int at) {
    return (uint32(d, at) << 32) | uint32(d, at + 4);
  }
}
