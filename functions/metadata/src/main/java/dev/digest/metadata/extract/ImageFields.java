package dev.digest.metadata.extract;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.properties.XMPProperty;
import com.drew.imaging.png.PngChunkType;
import com.drew.lang.GeoLocation;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.bmp.BmpHeaderDirectory;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.gif.GifHeaderDirectory;
import com.drew.metadata.heif.HeifDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import dev.digest.shared.media.FileType;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns metadata-extractor's directories into {@link ImageMetadata}, choosing for each field the
 * same tag ExifTool reports, so the document agrees with the tools photographers use.
 */
final class ImageFields {
  private static final Pattern DATE_TIME =
      Pattern.compile("^(\\d{4})[:-](\\d{2})[:-](\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})");
  private static final Pattern UNSET_DATE = Pattern.compile("^[\\s:0-]*$");
  private static final Pattern OFFSET = Pattern.compile("^[+-](\\d{2}):(\\d{2})$");
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private final Metadata metadata;
  private final Limits limits;
  private final Warnings warnings;

  private ImageFields(Metadata metadata, Limits limits, Warnings warnings) {
    this.metadata = metadata;
    this.limits = limits;
    this.warnings = warnings;
  }

  /** Reads every image field that the directories hold; absent fields are null. */
  static ImageMetadata read(Metadata metadata, FileType type, Limits limits, Warnings warnings) {
    return new ImageFields(metadata, limits, warnings).read(type);
  }

  private ImageMetadata read(FileType type) {
    int[] size = size(type);
    Xmp xmp = xmp();
    IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
    return new ImageMetadata(
        size[0] > 0 ? size[0] : null,
        size[1] > 0 ? size[1] : null,
        orientation(),
        text(ifd0String(ExifDirectoryBase.TAG_MAKE)),
        text(ifd0String(ExifDirectoryBase.TAG_MODEL)),
        text(exifString(ExifDirectoryBase.TAG_LENS_MODEL)),
        captureTime(),
        captureTimeOffset(),
        gps(),
        first(xmp.localized("title"), iptcText(iptc, IptcDirectory.TAG_OBJECT_NAME)),
        first(xmp.localized("description"), iptcText(iptc, IptcDirectory.TAG_CAPTION)),
        keywords(xmp, iptc),
        first(
            xmp.localized("rights"),
            iptcText(iptc, IptcDirectory.TAG_COPYRIGHT_NOTICE),
            exifCopyright()),
        colorSpace(),
        bitDepth(type));
  }

  // ---- size and depth ------------------------------------------------------------------------

  private int[] size(FileType type) {
    return switch (type) {
      case JPEG ->
          ints(JpegDirectory.class, JpegDirectory.TAG_IMAGE_WIDTH, JpegDirectory.TAG_IMAGE_HEIGHT);
      case PNG -> {
        PngDirectory header = pngChunk(PngChunkType.IHDR);
        yield header == null
            ? new int[2]
            : new int[] {
              intOrZero(header, PngDirectory.TAG_IMAGE_WIDTH),
              intOrZero(header, PngDirectory.TAG_IMAGE_HEIGHT)
            };
      }
      case GIF ->
          ints(
              GifHeaderDirectory.class,
              GifHeaderDirectory.TAG_IMAGE_WIDTH,
              GifHeaderDirectory.TAG_IMAGE_HEIGHT);
      case WEBP ->
          ints(WebpDirectory.class, WebpDirectory.TAG_IMAGE_WIDTH, WebpDirectory.TAG_IMAGE_HEIGHT);
      case BMP ->
          ints(
              BmpHeaderDirectory.class,
              BmpHeaderDirectory.TAG_IMAGE_WIDTH,
              BmpHeaderDirectory.TAG_IMAGE_HEIGHT);
      case TIFF ->
          ints(
              ExifIFD0Directory.class,
              ExifDirectoryBase.TAG_IMAGE_WIDTH,
              ExifDirectoryBase.TAG_IMAGE_HEIGHT);
      case HEIC, HEIF, AVIF ->
          ints(HeifDirectory.class, HeifDirectory.TAG_IMAGE_WIDTH, HeifDirectory.TAG_IMAGE_HEIGHT);
      default -> new int[2];
    };
  }

  private Integer bitDepth(FileType type) {
    Integer depth =
        switch (type) {
          case JPEG -> integer(JpegDirectory.class, JpegDirectory.TAG_DATA_PRECISION);
          case PNG -> {
            PngDirectory header = pngChunk(PngChunkType.IHDR);
            yield header == null ? null : header.getInteger(PngDirectory.TAG_BITS_PER_SAMPLE);
          }
          case TIFF -> {
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            int[] bits =
                ifd0 == null ? null : ifd0.getIntArray(ExifDirectoryBase.TAG_BITS_PER_SAMPLE);
            yield bits == null || bits.length == 0 ? null : bits[0];
          }
          case HEIC, HEIF, AVIF -> firstChannel(HeifDirectory.TAG_BITS_PER_CHANNEL);
          default -> null;
        };
    return depth != null && depth > 0 && depth <= 32 ? depth : null;
  }

  private Integer firstChannel(int tag) {
    HeifDirectory heif = withTag(HeifDirectory.class, tag);
    int[] bits = heif == null ? null : heif.getIntArray(tag);
    return bits == null || bits.length == 0 ? null : bits[0];
  }

  private <D extends Directory> int[] ints(Class<D> type, int widthTag, int heightTag) {
    D directory = withTag(type, widthTag);
    return directory == null
        ? new int[2]
        : new int[] {intOrZero(directory, widthTag), intOrZero(directory, heightTag)};
  }

  private <D extends Directory> Integer integer(Class<D> type, int tag) {
    D directory = withTag(type, tag);
    return directory == null ? null : directory.getInteger(tag);
  }

  /** The first directory of a type that has the tag; HEIF files carry several of each type. */
  private <D extends Directory> D withTag(Class<D> type, int tag) {
    for (D directory : metadata.getDirectoriesOfType(type)) {
      if (directory.containsTag(tag)) {
        return directory;
      }
    }
    return null;
  }

  private static int intOrZero(Directory directory, int tag) {
    Integer value = directory.getInteger(tag);
    return value == null ? 0 : value;
  }

  private PngDirectory pngChunk(PngChunkType chunk) {
    for (PngDirectory directory : metadata.getDirectoriesOfType(PngDirectory.class)) {
      if (directory.getPngChunkType().equals(chunk)) {
        return directory;
      }
    }
    return null;
  }

  // ---- EXIF ----------------------------------------------------------------------------------

  private String ifd0String(int tag) {
    ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    return ifd0 == null ? null : ifd0.getString(tag);
  }

  /**
   * The first value of an Exif sub-IFD tag across every Exif sub-IFD (a DNG has several and only
   * one holds the capture tags; a HEIC's second EXIF block is a copy and comes later).
   */
  private String exifString(int tag) {
    for (ExifSubIFDDirectory exif : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
      String value = exif.getString(tag);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private Integer orientation() {
    ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    Integer value = ifd0 == null ? null : ifd0.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
    if (value != null && (value < 1 || value > 8)) {
      warnings.add("EXIF Orientation " + value + " is not 1 to 8; ignored");
      return null;
    }
    return value;
  }

  private String captureTime() {
    String raw = exifString(ExifDirectoryBase.TAG_DATETIME_ORIGINAL);
    if (raw == null) {
      raw = ifd0String(ExifDirectoryBase.TAG_DATETIME_ORIGINAL); // some TIFF writers put it here
    }
    String value = text(raw);
    if (value == null || UNSET_DATE.matcher(value).matches()) {
      return null;
    }
    Matcher m = DATE_TIME.matcher(value);
    if (m.find()) {
      try {
        LocalDateTime time =
            LocalDateTime.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)));
        return LOCAL.format(time);
      } catch (DateTimeException e) {
        // falls through to the warning: the digits are there but no such time exists
      }
    }
    warnings.add("EXIF DateTimeOriginal is not a date and time: " + quote(value));
    return null;
  }

  private String captureTimeOffset() {
    String value = text(exifString(ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL));
    if (value == null || UNSET_DATE.matcher(value).matches()) {
      return null;
    }
    Matcher m = OFFSET.matcher(value);
    if (m.matches() && Integer.parseInt(m.group(1)) <= 14 && Integer.parseInt(m.group(2)) < 60) {
      return value;
    }
    warnings.add("EXIF OffsetTimeOriginal is not an offset such as +02:00: " + quote(value));
    return null;
  }

  private Gps gps() {
    for (GpsDirectory directory : metadata.getDirectoriesOfType(GpsDirectory.class)) {
      GeoLocation location;
      try {
        location = directory.getGeoLocation();
      } catch (RuntimeException e) {
        location = null; // a wrongly typed tag; reported below like any unusable position
      }
      if (location == null) {
        if (directory.containsTag(GpsDirectory.TAG_LATITUDE)) {
          warnings.add("EXIF GPS position is incomplete or unreadable; ignored");
        }
        continue;
      }
      double latitude = location.getLatitude();
      double longitude = location.getLongitude();
      if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
        warnings.add("EXIF GPS position " + latitude + ", " + longitude + " is off the globe");
        continue;
      }
      return new Gps(latitude, longitude, altitude(directory));
    }
    return null;
  }

  private static Double altitude(GpsDirectory directory) {
    Rational altitude = directory.getRational(GpsDirectory.TAG_ALTITUDE);
    if (altitude == null || altitude.getDenominator() == 0) {
      return null;
    }
    Integer ref = directory.getInteger(GpsDirectory.TAG_ALTITUDE_REF);
    double metres = Math.abs(altitude.doubleValue());
    return ref != null && ref == 1 ? -metres : metres;
  }

  private String exifCopyright() {
    String raw = ifd0String(ExifDirectoryBase.TAG_COPYRIGHT);
    if (raw == null) {
      return null;
    }
    // EXIF stores "photographer NUL editor"; the photographer's notice comes first.
    for (String part : raw.split("\0")) {
      String value = text(part);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private String colorSpace() {
    for (IccDirectory icc : metadata.getDirectoriesOfType(IccDirectory.class)) {
      String description = text(IccDescription.decode(icc.getByteArray(IccDirectory.TAG_TAG_desc)));
      if (description != null) {
        return description;
      }
    }
    Integer exif = null;
    for (ExifSubIFDDirectory directory : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
      exif = directory.getInteger(ExifDirectoryBase.TAG_COLOR_SPACE);
      if (exif != null) {
        break;
      }
    }
    if (exif == null) {
      ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
      exif = ifd0 == null ? null : ifd0.getInteger(ExifDirectoryBase.TAG_COLOR_SPACE);
    }
    if (exif != null) {
      return switch (exif) {
        case 1 -> "sRGB";
        case 2 -> "Adobe RGB";
        case 0xFFFF, -1 -> "Uncalibrated";
        default -> null;
      };
    }
    return pngChunk(PngChunkType.sRGB) != null ? "sRGB" : null;
  }

  // ---- XMP and IPTC --------------------------------------------------------------------------

  private String iptcText(IptcDirectory iptc, int tag) {
    return iptc == null ? null : text(iptc.getString(tag));
  }

  private List<String> keywords(Xmp xmp, IptcDirectory iptc) {
    List<String> keywords = xmp.subjects();
    if (keywords.isEmpty() && iptc != null && iptc.getKeywords() != null) {
      for (String keyword : iptc.getKeywords()) {
        if (!addKeyword(keywords, keyword)) {
          break;
        }
      }
    }
    return keywords;
  }

  /** Adds a keyword unless it is blank; returns false, with a warning, once the list is full. */
  private boolean addKeyword(List<String> keywords, String raw) {
    if (keywords.size() == limits.maxKeywords()) {
      warnings.add("More than " + limits.maxKeywords() + " keywords; the rest were dropped");
      return false;
    }
    String keyword = text(raw);
    if (keyword != null) {
      keywords.add(keyword);
    }
    return true;
  }

  private Xmp xmp() {
    List<XMPMeta> packets = new ArrayList<>();
    for (XmpDirectory directory : metadata.getDirectoriesOfType(XmpDirectory.class)) {
      packets.add(directory.getXMPMeta());
    }
    return new Xmp(packets);
  }

  /** The Dublin Core properties of every XMP packet in the file, first packet first. */
  private final class Xmp {
    private final List<XMPMeta> packets;

    Xmp(List<XMPMeta> packets) {
      this.packets = packets;
    }

    /** A language-alternative property in its default language, or its plain value. */
    String localized(String property) {
      for (XMPMeta packet : packets) {
        try {
          XMPProperty value = packet.getLocalizedText(XMPConst.NS_DC, property, null, "x-default");
          String text =
              text(
                  value == null
                      ? packet.getPropertyString(XMPConst.NS_DC, property)
                      : value.getValue());
          if (text != null) {
            return text;
          }
        } catch (XMPException e) {
          String text = plain(packet, property);
          if (text != null) {
            return text;
          }
        }
      }
      return null;
    }

    private String plain(XMPMeta packet, String property) {
      try {
        return text(packet.getPropertyString(XMPConst.NS_DC, property));
      } catch (XMPException e) {
        warnings.add("XMP dc:" + property + " is malformed; ignored");
        return null;
      }
    }

    /** The {@code dc:subject} keywords of the first packet that has any. */
    List<String> subjects() {
      for (XMPMeta packet : packets) {
        List<String> keywords = new ArrayList<>();
        try {
          int count = packet.countArrayItems(XMPConst.NS_DC, "subject");
          for (int i = 1; i <= count; i++) {
            XMPProperty item = packet.getArrayItem(XMPConst.NS_DC, "subject", i);
            if (!addKeyword(keywords, item == null ? null : item.getValue())) {
              break;
            }
          }
        } catch (XMPException e) {
          warnings.add("XMP dc:subject is malformed; ignored");
        }
        if (!keywords.isEmpty()) {
          return keywords;
        }
      }
      return new ArrayList<>();
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private String text(String raw) {
    return Text.clean(raw, limits.maxStringLength());
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String quote(String value) {
    String shown = Text.clean(value, 40);
    return '"' + (shown == null ? "" : shown) + '"';
  }
}
