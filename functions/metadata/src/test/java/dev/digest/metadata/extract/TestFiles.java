package dev.digest.metadata.extract;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Builds small JPEG, PNG and MP4 files byte by byte, so tests can make exactly the damage they need
 * (a lying length, a loop, an impossible value) without any external tool.
 */
final class TestFiles {
  private TestFiles() {}

  // ---- EXIF (big-endian TIFF) ----------------------------------------------------------------

  /** One IFD entry: TIFF type code, count, and the value bytes (padded to 4 when shorter). */
  record Entry(int type, int count, byte[] value) {
    static Entry ascii(String text) {
      byte[] bytes = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
      return new Entry(2, bytes.length, bytes);
    }

    static Entry shortValue(int value) {
      return new Entry(3, 1, new byte[] {(byte) (value >> 8), (byte) value});
    }

    static Entry byteValue(int value) {
      return new Entry(1, 1, new byte[] {(byte) value});
    }

    /** Unsigned rationals, each given as numerator and denominator. */
    static Entry rationals(long... parts) {
      ByteBuffer buffer = ByteBuffer.allocate(parts.length * 4);
      for (long part : parts) {
        buffer.putInt((int) part);
      }
      return new Entry(5, parts.length / 2, buffer.array());
    }
  }

  /** IFDs of an EXIF block; the Exif and GPS IFDs are linked from IFD0 when not empty. */
  static final class Exif {
    final TreeMap<Integer, Entry> ifd0 = new TreeMap<>();
    final TreeMap<Integer, Entry> exif = new TreeMap<>();
    final TreeMap<Integer, Entry> gps = new TreeMap<>();

    /** The TIFF bytes: header, IFD0, Exif IFD, GPS IFD, then out-of-line values. */
    byte[] tiff() {
      TreeMap<Integer, Entry> first = new TreeMap<>(ifd0);
      if (!exif.isEmpty()) {
        first.put(0x8769, new Entry(4, 1, new byte[4]));
      }
      if (!gps.isEmpty()) {
        first.put(0x8825, new Entry(4, 1, new byte[4]));
      }
      List<TreeMap<Integer, Entry>> ifds = new ArrayList<>(List.of(first));
      if (!exif.isEmpty()) {
        ifds.add(exif);
      }
      if (!gps.isEmpty()) {
        ifds.add(gps);
      }
      int[] at = new int[ifds.size()];
      int offset = 8;
      for (int i = 0; i < ifds.size(); i++) {
        at[i] = offset;
        offset += 2 + 12 * ifds.get(i).size() + 4;
      }
      ByteBuffer out = ByteBuffer.allocate(offset + 65536);
      out.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
      int values = offset;
      for (int i = 0; i < ifds.size(); i++) {
        out.position(at[i]);
        out.putShort((short) ifds.get(i).size());
        for (var e : ifds.get(i).entrySet()) {
          Entry entry = e.getValue();
          out.putShort(e.getKey().shortValue())
              .putShort((short) entry.type())
              .putInt(entry.count());
          if (e.getKey() == 0x8769) {
            out.putInt(at[1]);
          } else if (e.getKey() == 0x8825) {
            out.putInt(at[ifds.size() - 1]);
          } else if (entry.value().length <= 4) {
            out.put(java.util.Arrays.copyOf(entry.value(), 4));
          } else {
            out.putInt(values);
            int here = out.position();
            out.position(values).put(entry.value());
            values = out.position() + (out.position() & 1);
            out.position(here);
          }
        }
        out.putInt(0);
      }
      return java.util.Arrays.copyOf(out.array(), values);
    }
  }

  // ---- JPEG ----------------------------------------------------------------------------------

  /** A JPEG segment: marker, then the big-endian length (payload + 2), then the payload. */
  static byte[] segment(int marker, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(marker);
    int length = payload.length + 2;
    out.write(length >> 8);
    out.write(length);
    out.writeBytes(payload);
    return out.toByteArray();
  }

  static byte[] exifSegment(byte[] tiff) {
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    payload.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
    payload.writeBytes(tiff);
    return segment(0xE1, payload.toByteArray());
  }

  /** A 1x1 JPEG frame header and an empty scan, enough for metadata readers. */
  static byte[] frameAndScan() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(segment(0xC0, new byte[] {8, 0, 1, 0, 1, 1, 1, 0x11, 0}));
    out.writeBytes(segment(0xDA, new byte[] {1, 1, 0, 0, 0x3F, 0}));
    out.writeBytes(new byte[] {0x12, 0x34, (byte) 0xFF, (byte) 0xD9});
    return out.toByteArray();
  }

  /** SOI, the given segments, then a 1x1 frame and scan. */
  static byte[] jpeg(byte[]... segments) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xD8);
    for (byte[] s : segments) {
      out.writeBytes(s);
    }
    out.writeBytes(frameAndScan());
    return out.toByteArray();
  }

  static byte[] xmpSegment(String packet) {
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    payload.writeBytes("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1));
    payload.writeBytes(packet.getBytes(StandardCharsets.UTF_8));
    return segment(0xE1, payload.toByteArray());
  }

  /** An XMP packet with the given Dublin Core title and keywords, and optional extra XML. */
  static String xmpPacket(String title, List<String> keywords, String extra) {
    StringBuilder subjects = new StringBuilder();
    for (String k : keywords) {
      subjects.append("<rdf:li>").append(k).append("</rdf:li>");
    }
    return "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF"
        + " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        + "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'"
        + " xmlns:xmpNote='http://ns.adobe.com/xmp/note/'"
        + extra
        + "><dc:title><rdf:Alt><rdf:li xml:lang='x-default'>"
        + title
        + "</rdf:li></rdf:Alt></dc:title>"
        + "<dc:subject><rdf:Bag>"
        + subjects
        + "</rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>";
  }

  /** One IPTC dataset in record 2 (application), such as 2:05 ObjectName, as UTF-8. */
  static byte[] iptc(int dataset, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(5 + bytes.length)
        .put((byte) 0x1C)
        .put((byte) 2)
        .put((byte) dataset)
        .putShort((short) bytes.length)
        .put(bytes)
        .array();
  }

  /** An APP13 Photoshop segment holding IPTC datasets, declared UTF-8 (1:90 = ESC % G). */
  static byte[] iptcSegment(byte[]... datasets) {
    byte[] utf8 = {0x1C, 1, 90, 0, 3, 0x1B, '%', 'G'};
    byte[] data = concat(utf8, concat(datasets));
    int padded = data.length + (data.length & 1);
    ByteBuffer payload = ByteBuffer.allocate(14 + 4 + 2 + 2 + 4 + padded);
    payload.put("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1));
    payload.put("8BIM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 0x0404);
    payload.putShort((short) 0).putInt(data.length).put(data);
    return segment(0xED, payload.array());
  }

  // ---- PNG -----------------------------------------------------------------------------------

  static byte[] pngChunk(String type, byte[] data) {
    ByteBuffer out = ByteBuffer.allocate(12 + data.length);
    byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
    return out.array();
  }

  /** A valid 1x1 8-bit greyscale PNG with the given chunks between the header and the pixels. */
  static byte[] png(byte[]... chunks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    out.writeBytes(pngChunk("IHDR", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0}));
    for (byte[] chunk : chunks) {
      out.writeBytes(chunk);
    }
    out.writeBytes(pngChunk("IDAT", deflate(new byte[] {0, (byte) 0x80})));
    out.writeBytes(pngChunk("IEND", new byte[0]));
    return out.toByteArray();
  }

  static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  // ---- MP4 -----------------------------------------------------------------------------------

  /** A box: 32-bit size (header included), type, payload. */
  static byte[] box(String type, byte[]... payload) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] p : payload) {
      body.writeBytes(p);
    }
    ByteBuffer out = ByteBuffer.allocate(8 + body.size());
    out.putInt(8 + body.size())
        .put(type.getBytes(StandardCharsets.ISO_8859_1))
        .put(body.toByteArray());
    return out.array();
  }

  /** A box header that declares {@code size} bytes, followed by nothing. */
  static byte[] boxHeader(String type, long size) {
    return ByteBuffer.allocate(8)
        .putInt((int) size)
        .put(type.getBytes(StandardCharsets.ISO_8859_1))
        .array();
  }

  static byte[] ftyp() {
    return box(
        "ftyp",
        "isom".getBytes(StandardCharsets.ISO_8859_1),
        new byte[4],
        "isommp41".getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A version-0 movie header with a creation time (seconds since 1904), time scale, duration. */
  static byte[] mvhd(long created, int timescale, int duration) {
    ByteBuffer b = ByteBuffer.allocate(100);
    b.putInt(0).putInt((int) created).putInt((int) created).putInt(timescale).putInt(duration);
    return box("mvhd", b.array());
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
