package dev.digest.metadata.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** ICC v2 and v4 profiles store their names differently; both must give the bare name. */
class IccDescriptionTest {
  @Test
  void decode_v2DescTag_isTheAsciiName() {
    byte[] name = "sRGB IEC61966-2.1\0".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer tag = ByteBuffer.allocate(12 + name.length + 20);
    tag.put("desc".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(name.length).put(name);

    assertThat(IccDescription.decode(tag.array())).isEqualTo("sRGB IEC61966-2.1");
  }

  @Test
  void decode_v4MultiLocalized_prefersEnglish() {
    byte[] german = "Anzeige P3".getBytes(StandardCharsets.UTF_16BE);
    byte[] english = "Display P3 ".getBytes(StandardCharsets.UTF_16BE);
    int textAt = 16 + 2 * 12;
    ByteBuffer tag = ByteBuffer.allocate(textAt + german.length + english.length);
    tag.put("mluc".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(2).putInt(12);
    tag.put("deDE".getBytes(StandardCharsets.US_ASCII)).putInt(german.length).putInt(textAt);
    tag.put("enUS".getBytes(StandardCharsets.US_ASCII))
        .putInt(english.length)
        .putInt(textAt + german.length);
    tag.put(german).put(english);

    assertThat(IccDescription.decode(tag.array())).isEqualTo("Display P3");
  }

  @Test
  void decode_recordPointingOutsideTheTag_isSkipped() {
    ByteBuffer tag = ByteBuffer.allocate(28);
    tag.put("mluc".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(1000).putInt(12);
    tag.put("enUS".getBytes(StandardCharsets.US_ASCII)).putInt(100_000).putInt(Integer.MAX_VALUE);

    assertThat(IccDescription.decode(tag.array())).isNull();
  }

  @Test
  void decode_unknownTypeOrShortTag_isNull() {
    assertThat(IccDescription.decode(null)).isNull();
    assertThat(IccDescription.decode(new byte[4])).isNull();
    assertThat(IccDescription.decode("XYZ 0000000000000000".getBytes(StandardCharsets.US_ASCII)))
        .isNull();
  }
}
