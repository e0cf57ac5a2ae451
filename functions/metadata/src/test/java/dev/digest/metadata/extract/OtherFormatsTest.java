package dev.digest.metadata.extract;

import static dev.digest.metadata.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.shared.media.FileType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The formats no camera fixture covers still get their size, and nothing made up. */
class OtherFormatsTest {
  @Test
  void extract_gif_hasSizeAndNoDepth() {
    Extracted result = extract(encode("gif", BufferedImage.TYPE_BYTE_INDEXED), FileType.GIF);

    assertThat(result.image().width()).isEqualTo(3);
    assertThat(result.image().height()).isEqualTo(2);
    assertThat(result.image().bitDepth()).isNull();
  }

  @Test
  void extract_bmp_hasSize() {
    Extracted result = extract(encode("bmp", BufferedImage.TYPE_INT_RGB), FileType.BMP);

    assertThat(result.image().width()).isEqualTo(3);
    assertThat(result.image().height()).isEqualTo(2);
  }

  @Test
  void extract_tiffWithoutExif_hasSizeAndDepth() {
    Extracted result = extract(encode("tiff", BufferedImage.TYPE_INT_RGB), FileType.TIFF);

    assertThat(result.image().width()).isEqualTo(3);
    assertThat(result.image().height()).isEqualTo(2);
    assertThat(result.image().bitDepth()).isEqualTo(8);
    assertThat(result.image().make()).isNull();
  }

  @Test
  void extract_losslessWebp_hasSizeFromItsHeader() {
    // VP8L: signature 0x2F, then 14 bits of width - 1 and 14 bits of height - 1.
    ByteBuffer vp8l = ByteBuffer.allocate(5 + 3).order(ByteOrder.LITTLE_ENDIAN);
    vp8l.put((byte) 0x2F).putInt((3 - 1) | (2 - 1) << 14);
    ByteBuffer file = ByteBuffer.allocate(12 + 8 + vp8l.capacity()).order(ByteOrder.LITTLE_ENDIAN);
    file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + 8 + vp8l.capacity());
    file.put("WEBP".getBytes(StandardCharsets.US_ASCII));
    file.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(5).put(vp8l.array());

    Extracted result = extract(file.array(), FileType.WEBP);

    assertThat(result.image().width()).isEqualTo(3);
    assertThat(result.image().height()).isEqualTo(2);
  }

  @Test
  void extract_webpWhoseSizesClaimTwoGigabytes_isCutToTheFile() {
    ByteBuffer file = ByteBuffer.allocate(12 + 8 + 16).order(ByteOrder.LITTLE_ENDIAN);
    file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(0x7FFF_FFF0);
    file.put("WEBP".getBytes(StandardCharsets.US_ASCII));
    file.put("EXIF".getBytes(StandardCharsets.US_ASCII)).putInt(0x7FFF_FF00).put(new byte[16]);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    long before = threads.getCurrentThreadAllocatedBytes();
    Extracted result = extract(file.array(), FileType.WEBP);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(result.warnings())
        .startsWith("WebP declares 2147483632 bytes but the file has 28; cut to fit");
    assertThat(allocated).isLessThan(16L << 20);
  }

  @Test
  void extract_pdf_isLeftToTheDocumentFunction() {
    Extracted result =
        extract("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), FileType.PDF);

    assertThat(result.image()).isNull();
    assertThat(result.video()).isNull();
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void extract_webmVideo_saysItIsNotRead() {
    Extracted result = extract(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, FileType.WEBM);

    assertThat(result.video()).isNull();
    assertThat(result.warnings()).containsExactly("Metadata of a WebM/Matroska video is not read");
  }

  private static byte[] encode(String format, int type) {
    BufferedImage image = new BufferedImage(3, 2, type);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      assertThat(ImageIO.write(image, format, out)).as("ImageIO writes " + format).isTrue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
