package dev.digest.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void clean_retweetWithMention_dropsPrefixAndName() {
    assertThat(TextCleaner.clean("RT @alice: this film is great")).isEqualTo("this film is great");
  }

  @Test
  void clean_retweetWithoutMention_dropsPrefix() {
    assertThat(TextCleaner.clean("RT: loved it")).isEqualTo("loved it");
  }

  @Test
  void clean_rtInsideText_kept() {
    assertThat(TextCleaner.clean("please RT this")).isEqualTo("please RT this");
    assertThat(TextCleaner.clean("RTX cards are great")).isEqualTo("RTX cards are great");
  }

  @Test
  void clean_urls_removed() {
    assertThat(TextCleaner.clean("see https://t.co/abc123?x=1 and www.example.com/page now"))
        .isEqualTo("see and now");
  }

  @Test
  void clean_mentions_removedButEmailsKept() {
    assertThat(TextCleaner.clean("@bob thanks @carol_99, write to me@example.com"))
        .isEqualTo("thanks , write to me@example.com");
  }

  @Test
  void clean_hashtags_keepWordWithoutHash() {
    assertThat(TextCleaner.clean("#Love this #café, issue #1"))
        .isEqualTo("Love this café, issue 1");
  }

  @Test
  void clean_whitespaceRuns_collapsedAndTrimmed() {
    assertThat(TextCleaner.clean("  so\t\tgood\n\nreally\u00a0 ")).isEqualTo("so good really");
  }

  @Test
  void clean_onlyNoise_empty() {
    assertThat(TextCleaner.clean("RT @a: @b https://x.y/z")).isEmpty();
  }
}
