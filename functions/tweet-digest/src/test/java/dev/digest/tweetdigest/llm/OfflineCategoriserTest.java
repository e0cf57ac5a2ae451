package dev.digest.tweetdigest.llm;

import static dev.digest.tweetdigest.llm.TestPosts.APPLICATIONS;
import static dev.digest.tweetdigest.llm.TestPosts.CATEGORIES;
import static dev.digest.tweetdigest.llm.TestPosts.ETHICS;
import static dev.digest.tweetdigest.llm.TestPosts.RELEASES;
import static dev.digest.tweetdigest.llm.TestPosts.RESEARCH;
import static dev.digest.tweetdigest.llm.TestPosts.TOOLS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.tweetdigest.model.Categorised;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflineCategoriserTest {
  private final OfflineCategoriser offline = new OfflineCategoriser();

  @Test
  void categorise_onePostPerDefaultCategory_eachLandsInItsCategoryMarkedOffline() {
    List<Categorised> result = offline.categorise(TestPosts.fivePosts(), CATEGORIES);

    assertThat(result)
        .extracting(Categorised::category)
        .containsExactly(RELEASES, RESEARCH, APPLICATIONS, ETHICS, TOOLS);
    assertThat(result).extracting(Categorised::source).containsOnly("offline");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Meta just released Llama 4 Scout and Maverick, open weights on Hugging Face. | New AI"
            + " model releases",
        "DeepMind researchers discover faster sorting algorithms, published in Nature today. |"
            + " Breakthrough research findings",
        "How Klarna automated 2/3 of customer service chats with an AI assistant in production. |"
            + " Applications and case studies",
        "Senate hearing on deepfakes and election misinformation: bipartisan bill to regulate"
            + " synthetic media. | Ethical discussions and regulations",
        "Cheat sheet: 50 prompt engineering tricks, plus a free guide and GitHub repo. | Tools and"
            + " resources",
      })
  void categoryOf_realisticPost_isTheExpectedCategory(String text, String expected) {
    assertThat(offline.categoryOf(text, CATEGORIES)).isEqualTo(expected);
  }

  @Test
  void categoryOf_customCategory_matchesWordsOfItsName() {
    List<String> custom = List.of("Robotics and hardware", "Funding rounds", "Other");

    assertThat(offline.categoryOf("Figure's humanoid robots now fold laundry at home", custom))
        .isEqualTo("Robotics and hardware");
    assertThat(offline.categoryOf("Startup X raised a $40M Series B funding round", custom))
        .isEqualTo("Funding rounds");
  }

  @Test
  void categoryOf_noMatch_goesToCatchAll() {
    assertThat(offline.categoryOf("gm", List.of("Robotics", "Other news"))).isEqualTo("Other news");
    assertThat(offline.categoryOf("gm", CATEGORIES)).isEqualTo(APPLICATIONS);
    assertThat(offline.categoryOf("gm", List.of("Robotics", "Funding"))).isEqualTo("Funding");
  }
}
