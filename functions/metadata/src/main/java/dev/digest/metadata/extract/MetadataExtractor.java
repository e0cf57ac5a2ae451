package dev.digest.metadata.extract;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegSegmentData;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.imaging.tiff.TiffMetadataReader;
import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import dev.digest.shared.media.FileType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads the camera, capture, location and descriptive metadata of an upload into one document, with
 * the same values ExifTool reports, in bounded time and memory whatever the bytes are, because
 * uploads are untrusted and a broken file must still get a document that says what was wrong.
 *
 * <p>JPEG and PNG are streamed up to their image data under a byte budget; MP4 and QuickTime are
 * streamed past their media data; TIFF, HEIF/HEIC/AVIF, WebP, GIF and BMP are read into memory up
 * to {@link Limits#maxBufferedBytes()}. PDF and other documents get neither image nor video
 * metadata (another function reads PDFs); WebM and AVI videos are not read yet and say so in a
 * warning. Instances are immutable and safe to share between threads.
 */
public final class MetadataExtractor {
  private final Limits limits;

  /** Creates an extractor that never holds or keeps more than {@code limits} allow. */
  public MetadataExtractor(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Reads the metadata of one upload. Never throws for bad content: problems become warnings and
   * absent fields are null. The stream is read once, from its current position, and not closed.
   *
   * @param in the upload's bytes; may be large, since pixels and media data are skipped
   * @param type what the bytes really are, as sniffed from their content
   * @throws UncheckedIOException when reading the stream itself fails (a network error rather than
   *     bad content), so the caller can retry the upload
   */
  public Extracted extract(InputStream in, FileType type) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    Warnings warnings = new Warnings();
    PushbackInputStream stream = new PushbackInputStream(in, 1);
    Input input = new Input(stream);
    int first = input.readByte();
    if (first < 0) {
      warnings.add("The file is empty");
      return new Extracted(null, null, warnings.toList());
    }
    unread(stream, first);
    input = new Input(stream);
    ImageMetadata image = null;
    VideoMetadata video = null;
    try {
      switch (type) {
        case JPEG, PNG, GIF, WEBP, TIFF, BMP, HEIC, HEIF, AVIF ->
            image = readImage(input, type, warnings);
        case MP4, MOV -> video = MovieReader.read(input, limits, warnings);
        case PDF -> {
          // Documents are another function's job; nothing here describes them.
        }
        case WEBM, AVI -> warnings.add("Metadata of " + type.description() + " is not read");
        default -> warnings.add("No metadata is read from " + type.description());
      }
    } catch (UncheckedIOException e) {
      throw e; // the stream failed, not the content
    } catch (RuntimeException | StackOverflowError e) {
      // metadata-extractor and its XMP parser recurse and throw on some malformed input; a
      // stack overflow has fully unwound by the time it is caught here, so going on is safe.
      warnings.add("Metadata could not be read: " + describe(e));
    }
    return new Extracted(image, video, warnings.toList());
  }

  private ImageMetadata readImage(Input input, FileType type, Warnings warnings) {
    Metadata metadata;
    try {
      metadata =
          switch (type) {
            case JPEG -> {
              JpegSegmentData segments = JpegSegments.read(input, limits, warnings);
              if (segments == null) {
                yield null;
              }
              Metadata read = new Metadata();
              JpegMetadataReader.processJpegSegmentData(
                  read, JpegMetadataReader.ALL_READERS, segments);
              yield read;
            }
            case PNG -> {
              byte[] png = PngChunks.read(input, limits, warnings);
              yield png == null
                  ? null
                  : PngMetadataReader.readMetadata(new ByteArrayInputStream(png));
            }
            case TIFF ->
                TiffMetadataReader.readMetadata(new ByteArrayReader(buffer(input, warnings)));
            default -> {
              byte[] bytes = buffer(input, warnings);
              if (type == FileType.HEIC || type == FileType.HEIF || type == FileType.AVIF) {
                HeifBoxes.repair(bytes, warnings);
              } else if (type == FileType.WEBP) {
                repairRiffSize(bytes, warnings);
              }
              yield ImageMetadataReader.readMetadata(
                  new ByteArrayInputStream(bytes), bytes.length, readerType(type));
            }
          };
    } catch (ImageProcessingException | IOException e) {
      warnings.add("Metadata could not be read: " + describe(e));
      return null;
    }
    if (metadata == null) {
      return null;
    }
    for (Directory directory : metadata.getDirectories()) {
      for (String error : directory.getErrors()) {
        warnings.add(directory.getName() + ": " + Text.clean(error, 200));
      }
    }
    return ImageFields.read(metadata, type, limits, warnings);
  }

  /** Reads the whole upload, or its first {@link Limits#maxBufferedBytes()} when it is larger. */
  private byte[] buffer(Input input, Warnings warnings) {
    byte[] bytes = input.read(limits.maxBufferedBytes());
    if (bytes.length == limits.maxBufferedBytes() && input.skip(1) > 0) {
      warnings.add(
          "The file is larger than "
              + limits.maxBufferedBytes()
              + " bytes; metadata after that point was not read");
    }
    return bytes;
  }

  /**
   * Cuts a RIFF (WebP) header's declared size to the bytes present, because metadata-extractor
   * bounds every chunk by that size and allocates what a chunk declares within it.
   */
  private static void repairRiffSize(byte[] bytes, Warnings warnings) {
    if (bytes.length < 12) {
      return;
    }
    long declared =
        (bytes[4] & 0xFFL)
            | (bytes[5] & 0xFFL) << 8
            | (bytes[6] & 0xFFL) << 16
            | (bytes[7] & 0xFFL) << 24;
    long present = bytes.length - 8L;
    if (declared > present) {
      warnings.add(
          "WebP declares " + declared + " bytes but the file has " + present + "; cut to fit");
      for (int i = 0; i < 4; i++) {
        bytes[4 + i] = (byte) (present >>> (8 * i));
      }
    }
  }

  private static com.drew.imaging.FileType readerType(FileType type) {
    return switch (type) {
      case GIF -> com.drew.imaging.FileType.Gif;
      case WEBP -> com.drew.imaging.FileType.WebP;
      case BMP -> com.drew.imaging.FileType.Bmp;
      case AVIF -> com.drew.imaging.FileType.Avif;
      default -> com.drew.imaging.FileType.Heif;
    };
  }

  private static void unread(PushbackInputStream stream, int b) {
    try {
      stream.unread(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the pushback buffer holds one byte
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage() == null ? null : Text.clean(e.getMessage(), 200);
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
