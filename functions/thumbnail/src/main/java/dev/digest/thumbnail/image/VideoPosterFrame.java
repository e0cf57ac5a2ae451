package dev.digest.thumbnail.image;

import dev.digest.shared.batch.BadInputException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.logging.LogLevel;
import org.jcodec.common.logging.Logger;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;

/**
 * Grabs a poster frame from an MP4 or MOV with H.264 video through JCodec, in pure Java, so video
 * uploads get thumbnails like photos do.
 *
 * <p>The frame is the key frame at or before one second (the first frame of short clips): one
 * second skips the black first frame many recordings start with, and a key frame decodes alone,
 * without the frames before it. Anything JCodec cannot read, such as HEVC, is reported as {@code
 * unsupported-video}.
 */
final class VideoPosterFrame {
  private static final double POSTER_SECOND = 1.0;

  /** Video sample formats JCodec cannot decode, by ISO base media fourcc. */
  private static final Map<String, String> CODECS =
      Map.ofEntries(
          Map.entry("hvc1", "HEVC/H.265"),
          Map.entry("hev1", "HEVC/H.265"),
          Map.entry("dvh1", "Dolby Vision HEVC"),
          Map.entry("dvhe", "Dolby Vision HEVC"),
          Map.entry("av01", "AV1"),
          Map.entry("vp09", "VP9"),
          Map.entry("vp08", "VP8"),
          Map.entry("mp4v", "MPEG-4 Part 2"),
          Map.entry("apcn", "Apple ProRes"),
          Map.entry("apch", "Apple ProRes"),
          Map.entry("apcs", "Apple ProRes"),
          Map.entry("apco", "Apple ProRes"),
          Map.entry("ap4h", "Apple ProRes"));

  static {
    // JCodec prints its diagnostics to stdout, which would land unstructured in the function's
    // logs; what matters reaches the caller as the exception's message instead. ERROR is the
    // level above which nothing is printed.
    Logger.setLevel(LogLevel.ERROR);
  }

  private VideoPosterFrame() {}

  /**
   * Decodes the poster frame.
   *
   * @return the frame as stored, with the track's rotation as an EXIF orientation
   * @throws BadInputException {@code unsupported-video} or {@code too-many-pixels}
   */
  static ImageDecoder.Decoded grab(byte[] data, long maxPixels) {
    try {
      FrameGrab grab =
          FrameGrab.createFrameGrab(
              new ByteBufferSeekableByteChannel(ByteBuffer.wrap(data), data.length));
      DemuxerTrackMeta meta = grab.getVideoTrack().getMeta();
      VideoCodecMeta codec = meta == null ? null : meta.getVideoCodecMeta();
      if (codec != null && codec.getSize() != null) {
        checkPixels(codec.getSize().getWidth(), codec.getSize().getHeight(), maxPixels);
      }
      if (meta != null && meta.getTotalDuration() > POSTER_SECOND) {
        grab.seekToSecondSloppy(POSTER_SECOND);
      }
      Picture picture = grab.getNativeFrame();
      if (picture == null) {
        throw unsupported("the file has no decodable video frame", null);
      }
      BufferedImage frame = AWTUtil.toBufferedImage(picture);
      checkPixels(frame.getWidth(), frame.getHeight(), maxPixels);
      return new ImageDecoder.Decoded(
          frame,
          frame.getWidth(),
          frame.getHeight(),
          orientation(meta),
          "video",
          FrameGrab.class.getName());
    } catch (IOException | JCodecException | RuntimeException e) {
      if (e instanceof BadInputException bad) {
        throw bad;
      }
      String codec = codecOf(data);
      throw unsupported(
          (codec == null ? "this video" : codec + " video")
              + " cannot be decoded; only H.264 video in MP4 or MOV can be thumbnailed",
          e);
    }
  }

  private static void checkPixels(int width, int height, long maxPixels) {
    PixelLimit.check("Video frames are", width, height, maxPixels);
  }

  /** Maps the track matrix's clockwise display rotation to the equivalent EXIF orientation. */
  private static int orientation(DemuxerTrackMeta meta) {
    if (meta == null || meta.getOrientation() == null) {
      return ExifOrientation.NORMAL;
    }
    return switch (meta.getOrientation()) {
      case D_90 -> 6;
      case D_180 -> 3;
      case D_270 -> 8;
      default -> ExifOrientation.NORMAL;
    };
  }

  /**
   * Names the first sample format in the file's sample description boxes that is a known video
   * codec other than H.264, so the message says why; null when none is recognised.
   */
  static String codecOf(byte[] data) {
    byte[] stsd = "stsd".getBytes(StandardCharsets.ISO_8859_1);
    for (int i = indexOf(data, stsd, 0); i >= 0; i = indexOf(data, stsd, i + 4)) {
      // 'stsd', version and flags, entry count, entry size, then the entry's format.
      int format = i + 16;
      if (format + 4 <= data.length) {
        String fourcc = new String(data, format, 4, StandardCharsets.ISO_8859_1);
        String name = CODECS.get(fourcc);
        if (name != null) {
          return name + " (" + fourcc + ")";
        }
      }
    }
    return null;
  }

  private static int indexOf(byte[] data, byte[] needle, int from) {
    outer:
    for (int i = from; i + needle.length <= data.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static BadInputException unsupported(String why, Exception cause) {
    String detail =
        cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
    return new BadInputException("unsupported-video", "Unsupported video: " + why + detail, cause);
  }
}
