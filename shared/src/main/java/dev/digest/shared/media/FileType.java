package dev.digest.shared.media;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a file really is, as its bytes say; the names and content types users send can lie. */
public enum FileType {
  /** JPEG image. */
  JPEG("jpeg", "image/jpeg", Family.IMAGE, "a JPEG image", "jpg", "jpeg", "jpe", "jfif"),
  /** PNG image. */
  PNG("png", "image/png", Family.IMAGE, "a PNG image", "png"),
  /** GIF image. */
  GIF("gif", "image/gif", Family.IMAGE, "a GIF image", "gif"),
  /** WebP image. */
  WEBP("webp", "image/webp", Family.IMAGE, "a WebP image", "webp"),
  /** TIFF image, including DNG raw files. */
  TIFF("tiff", "image/tiff", Family.IMAGE, "a TIFF image", "tif", "tiff", "dng"),
  /** Windows bitmap. */
  BMP("bmp", "image/bmp", Family.IMAGE, "a BMP image", "bmp", "dib"),
  /** HEIF image coded with HEVC, as phones write. */
  HEIC("heic", "image/heic", Family.IMAGE, "a HEIC image", "heic"),
  /** HEIF image with another or unnamed codec. */
  HEIF("heif", "image/heif", Family.IMAGE, "a HEIF image", "heif", "hif"),
  /** AVIF image (HEIF container, AV1 codec). */
  AVIF("avif", "image/avif", Family.IMAGE, "an AVIF image", "avif"),
  /** MP4 and other ISO base media files. */
  MP4("mp4", "video/mp4", Family.VIDEO, "an MP4 video", "mp4", "m4v", "3gp"),
  /** QuickTime movie. */
  MOV("mov", "video/quicktime", Family.VIDEO, "a QuickTime (MOV) video", "mov", "qt"),
  /** WebM or Matroska video. */
  WEBM("webm", "video/webm", Family.VIDEO, "a WebM/Matroska video", "webm", "mkv"),
  /** AVI video. */
  AVI("avi", "video/x-msvideo", Family.VIDEO, "an AVI video", "avi"),
  /** PDF document. */
  PDF("pdf", "application/pdf", Family.DOCUMENT, "a PDF document", "pdf"),
  /** ELF executable (Linux). */
  ELF("elf", "application/x-executable", Family.EXECUTABLE, "an ELF executable", "so", "bin"),
  /** Windows executable. */
  PE(
      "exe",
      "application/vnd.microsoft.portable-executable",
      Family.EXECUTABLE,
      "a Windows (PE/MZ) executable",
      "exe",
      "dll"),
  /** Mach-O executable or Java class file (they share magic numbers). */
  MACH_O(
      "macho",
      "application/x-mach-binary",
      Family.EXECUTABLE,
      "a Mach-O executable or Java class file",
      "class",
      "dylib"),
  /** A script with a #! line. */
  SCRIPT("script", "text/x-script", Family.EXECUTABLE, "a script", "sh", "py", "pl"),
  /** ZIP archive, including Office documents and JARs. */
  ZIP(
      "zip",
      "application/zip",
      Family.ARCHIVE,
      "a ZIP archive (or an Office document)",
      "zip",
      "jar",
      "docx",
      "xlsx",
      "pptx"),
  /** gzip archive. */
  GZIP("gzip", "application/gzip", Family.ARCHIVE, "a gzip archive", "gz", "tgz"),
  /** Plain text. */
  TEXT("text", "text/plain", Family.OTHER, "text", "txt", "md", "csv", "json", "html", "xml"),
  /** A file with no bytes at all. */
  EMPTY("empty", "application/x-empty", Family.OTHER, "an empty file"),
  /** Bytes no rule recognises. */
  UNKNOWN("unknown", "application/octet-stream", Family.OTHER, "unrecognised binary data");

  /** Broad classes of file, for routing to the right decoder. */
  public enum Family {
    /** Still images. */
    IMAGE,
    /** Moving pictures. */
    VIDEO,
    /** Documents such as PDF. */
    DOCUMENT,
    /** Programs and scripts. */
    EXECUTABLE,
    /** Archives. */
    ARCHIVE,
    /** Everything else. */
    OTHER
  }

  private final String id;
  private final String mimeType;
  private final Family family;
  private final String description;
  private final List<String> extensions;

  FileType(String id, String mimeType, Family family, String description, String... extensions) {
    this.id = id;
    this.mimeType = mimeType;
    this.family = family;
    this.description = description;
    this.extensions = List.of(extensions);
  }

  /** The short stable name used in configuration and documents, such as {@code jpeg}. */
  public String id() {
    return id;
  }

  /** The IANA media type. */
  public String mimeType() {
    return mimeType;
  }

  /** The broad class of the file. */
  public Family family() {
    return family;
  }

  /** A phrase for messages, such as "an ELF executable". */
  public String description() {
    return description;
  }

  /** Whether the file is a still image. */
  public boolean isImage() {
    return family == Family.IMAGE;
  }

  /** Whether the file is a video. */
  public boolean isVideo() {
    return family == Family.VIDEO;
  }

  /** The type a configuration id names, such as {@code jpeg}; rejects unknown ids by name. */
  public static FileType fromId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> t.id.equals(wanted))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown file type '" + id + "'"));
  }

  /** The type a key's extension claims, if it claims one. */
  public static Optional<FileType> fromKey(String key) {
    int slash = key.lastIndexOf('/');
    int dot = key.lastIndexOf('.');
    if (dot <= slash + 1 || dot == key.length() - 1) {
      return Optional.empty();
    }
    String extension = key.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
  }

  /** The type a Content-Type header claims, if it names one of ours. */
  public static Optional<FileType> fromContentType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (base.equals("image/jpg") || base.equals("image/pjpeg")) {
      return Optional.of(JPEG);
    }
    return Arrays.stream(values())
        .filter(t -> t != UNKNOWN && t != EMPTY && t.mimeType.equals(base))
        .findFirst();
  }
}
