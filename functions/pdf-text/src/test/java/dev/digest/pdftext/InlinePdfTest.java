package dev.digest.pdftext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class InlinePdfTest {
  private static final byte[] PDF = FakeExtraction.pdf("pages=1");

  @Test
  void decode_validBase64_givesTheBytes() {
    assertThat(InlinePdf.decode(Base64.getEncoder().encodeToString(PDF), 1024)).isEqualTo(PDF);
  }

  @Test
  void decode_wrappedLinesAndDataUri_ignoredAroundTheBase64() {
    String wrapped = "data:application/pdf;base64," + Base64.getMimeEncoder().encodeToString(PDF);

    assertThat(InlinePdf.decode(wrapped, 1024)).isEqualTo(PDF);
  }

  @Test
  void decode_exactlyAtLimit_accepted() {
    assertThat(InlinePdf.decode(Base64.getEncoder().encodeToString(PDF), PDF.length))
        .hasSize(PDF.length);
  }

  @Test
  void decode_oneByteOverLimit_tooLargeNamingTheLimit() {
    String base64 = Base64.getEncoder().encodeToString(PDF);

    assertThatThrownBy(() -> InlinePdf.decode(base64, PDF.length - 1))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.reason()).isEqualTo("too-large"))
        .hasMessageContaining("MAX_INLINE_BYTES")
        .hasMessageContaining(String.valueOf(PDF.length - 1));
  }

  @Test
  void decode_farOverLimit_refusedBeforeDecoding() {
    String huge = "A".repeat(8_000_000) + "!";

    assertThatThrownBy(() -> InlinePdf.decode(huge, 4 * 1024 * 1024))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.reason()).isEqualTo("too-large"));
  }

  @Test
  void decode_invalidCharacters_invalidBase64() {
    assertThatThrownBy(() -> InlinePdf.decode("JVBERi0x*jc=", 1024))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.reason()).isEqualTo("invalid-base64"));
  }

  @Test
  void decode_empty_invalidBase64() {
    assertThatThrownBy(() -> InlinePdf.decode("  ", 1024)).hasMessageContaining("empty");
  }

  @Test
  void sha256Hex_knownInput_knownDigest() {
    assertThat(InlinePdf.sha256Hex("abc".getBytes()))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
