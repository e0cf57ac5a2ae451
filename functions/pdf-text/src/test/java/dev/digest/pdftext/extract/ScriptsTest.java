package dev.digest.pdftext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Non-Latin scripts printed by Chromium come out as the exact Unicode of the HTML source. */
class ScriptsTest {
  private static String text;

  @BeforeAll
  static void extract() throws Exception {
    List<PdfPage> pages = TestPdfs.extractAll(TestPdfs.fixture("scripts.pdf"));
    text = pages.get(0).text();
  }

  @Test
  void text_cyrillic_isExact() {
    assertThat(text).contains("Съешь же ещё этих мягких французских булок, да выпей чаю.");
  }

  @Test
  void text_arabic_isInLogicalOrder() {
    assertThat(text).contains("مرحبا بكم في المكتبة العامة");
  }

  @Test
  void text_chinese_isExact() {
    assertThat(text).contains("我们的图书馆每天开放");
  }

  @Test
  void text_japanese_isExact() {
    assertThat(text).contains("東京の図書館は月曜日に休みます");
  }
}
