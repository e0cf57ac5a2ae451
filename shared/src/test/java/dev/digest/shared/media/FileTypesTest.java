package dev.digest.shared.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileTypesTest {
  @ParameterizedTest
  @CsvSource({
    "FFD8FFE000104A464946, JPEG",
    "89504E470D0A1A0A0000000D49484452, PNG",
    "474946383961, GIF",
    "524946460000000057454250565038, WEBP",
    "52494646000000004156492000, AVI",
    "49492A0008000000, TIFF",
    "4D4D002A00000008, TIFF",
    "424D3600000000000000360000002800, BMP",
    "1A45DFA39F4286810142F7810142, WEBM",
    "0000001866747970686569630000000068656963, HEIC",
    "000000186674797061766966000000006D696631, AVIF",
    "0000001C667479706D696631000000006D69663168656963, HEIC",
    "00000018667479706D696631000000006D696631, HEIF",
    "0000001C6674797069736F6D0000020069736F6D69736F32, MP4",
    "0000001C667479704D534E560000020069736F6D68656963, MP4",
    "00000014667479707174202000000000717420200000, MOV",
    "000000086D6F6F76, MOV",
    "255044462D312E370A, PDF",
    "7F454C46020101, ELF",
    "4D5A90000300, PE",
    "CAFEBABE0000003D, MACH_O",
    "504B030414000000, ZIP",
    "1F8B0800, GZIP",
    "DEADBEEF00FF, UNKNOWN"
  })
  void detect_magicNumbers_nameTheRealType(String hex, FileType expected) {
    assertThat(FileTypes.detect(bytes(hex))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'#!/bin/sh\necho hi', SCRIPT", "'hello, world\n', TEXT", "'', EMPTY"})
  void detect_textualContent_isTextScriptOrEmpty(String text, FileType expected) {
    assertThat(FileTypes.detect(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "'I''m free to write whatever I like', TEXT",
    "'  %PDF-1.4 with leading blanks', PDF",
    "'notes about %PDF-1.4 inside text', TEXT"
  })
  void detect_lookalikeText_isNotTakenForMedia(String text, FileType expected) {
    assertThat(FileTypes.detect(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void detect_executableCarryingPdfMagic_isStillAnExecutable() {
    byte[] elf = new byte[256];
    System.arraycopy(bytes("7F454C46020101"), 0, elf, 0, 7);
    System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, elf, 64, 8);

    assertThat(FileTypes.detect(elf)).isEqualTo(FileType.ELF);
  }

  @org.junit.jupiter.api.Test
  void detect_freeAtomFollowedByMoov_isQuickTime() {
    byte[] mov = bytes("0000000866726565000000106D6F6F7600000000");

    assertThat(FileTypes.detect(mov)).isEqualTo(FileType.MOV);
  }

  @ParameterizedTest
  @CsvSource({"FFD8FF, JPEG", "89504E47, UNKNOWN", "00000018667479, UNKNOWN"})
  void detect_truncatedHeads_doNotThrow(String hex, FileType expected) {
    assertThat(FileTypes.detect(bytes(hex))).isEqualTo(expected);
  }

  private static byte[] bytes(String hex) {
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }
}
