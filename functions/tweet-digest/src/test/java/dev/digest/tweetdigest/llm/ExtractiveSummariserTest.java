package dev.digest.tweetdigest.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.tweetdigest.Summariser.Summary;
import dev.digest.tweetdigest.model.Post;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummariserTest {
  private final ExtractiveSummariser summariser = new ExtractiveSummariser();

  private static final List<Post> RELEASES =
      List.of(
          TestPosts.post(
              "1",
              "MistralAI",
              "Introducing Mistral Medium 3.1 with open weights. The new model beats larger models"
                  + " on coding benchmarks. https://mistral.ai/news",
              5000,
              900),
          TestPosts.post(
              "2",
              "OpenAI",
              "GPT-5 mini is rolling out to all API developers today. The model is cheaper and"
                  + " faster on coding benchmarks than the previous model.",
              9000,
              2000),
          TestPosts.post(
              "3",
              "someone",
              "Tried the new Mistral model on my coding benchmarks and it is very good. lol",
              12,
              0),
          TestPosts.post("4", "bot", "🔥🔥 https://t.co/abc", 1, 0));

  @Test
  void summarise_posts_picksTwoOrThreeSentencesFromDifferentPosts() {
    Summary summary = summariser.summarise("New AI model releases", RELEASES);

    List<String> sentences = Sentences.of(summary.text());
    assertThat(summary.source()).isEqualTo("extractive");
    assertThat(sentences).hasSizeBetween(2, 3);
    assertThat(summary.text()).doesNotContain("https://").contains("coding benchmarks");
  }

  @Test
  void summarise_samePostsTwice_isDeterministic() {
    assertThat(summariser.summarise("x", RELEASES)).isEqualTo(summariser.summarise("x", RELEASES));
  }

  @Test
  void summarise_onlyLinks_saysHowManyPosts() {
    Summary summary = summariser.summarise("Tools and resources", List.of(RELEASES.get(3)));

    assertThat(summary.text()).isEqualTo("1 post in Tools and resources.");
  }
}
