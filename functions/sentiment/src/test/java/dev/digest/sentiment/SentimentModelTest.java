package dev.digest.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the production loader on the committed tiny model and checks it against PyTorch. */
class SentimentModelTest {

  private static final long CLS = 2;
  private static final long SEP = 3;

  private static SentimentModel model;

  @BeforeAll
  static void load() throws IOException {
    model = SentimentModel.load(TinyModel.dir());
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void load_tinyModel_readsConfigAndLabels() {
    assertThat(model.config().maxLength()).isEqualTo(64);
    assertThat(model.config().numLabels()).isEqualTo(2);
    assertThat(model.labels()).containsExactly("negative", "positive");
  }

  @Test
  void tokenIds_expectedTexts_equalPythonTokenizer() {
    long[][] ids = model.tokenIds(TinyModel.texts());

    assertThat(ids).isDeepEqualTo(TinyModel.inputIds());
  }

  @Test
  void logits_batchSizeTwo_equalsOneBatchWithin1e5() throws Exception {
    List<String> texts = TinyModel.texts();
    float[][] oneBatch = model.logits(texts);

    float[][] chunked;
    try (SentimentModel small = SentimentModel.load(TinyModel.dir(), 2)) {
      chunked = small.logits(texts);
    }

    assertThat(chunked).hasDimensions(texts.size(), 2);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(chunked[i]).as("text %d", i).containsExactly(oneBatch[i], within(1e-5f));
    }
  }

  @Test
  void tokenIds_fiveThousandWordText_truncatedToMaxLength() {
    String longText = "the movie was great and ".repeat(1000);

    long[] ids = model.tokenIds(List.of(longText))[0];

    assertThat(ids).hasSize(64);
    assertThat(ids[0]).isEqualTo(CLS);
    assertThat(ids[63]).isEqualTo(SEP);
  }

  @Test
  void classify_fiveThousandWordText_classifiesTruncatedText() throws Exception {
    String longText = "the movie was great and ".repeat(1000);
    // WordPiece keeps whole words here, so the first 62 words are what the model sees.
    String head = String.join(" ", List.of(longText.split(" ")).subList(0, 62));

    Sentiment whole = model.classify(longText);
    Sentiment truncated = model.classify(head);

    assertThat(whole.probabilities().get(0))
        .isCloseTo(truncated.probabilities().get(0), within(1e-5));
  }

  @Test
  void classify_expectedTexts_labelAndConfidenceFromSoftmaxOfPyTorchLogits() throws Exception {
    float[][] want = TinyModel.logits();

    List<Sentiment> got = model.classify(TinyModel.texts());

    for (int i = 0; i < want.length; i++) {
      double p1 = 1 / (1 + Math.exp(want[i][0] - want[i][1]));
      String label = p1 > 0.5 ? "positive" : "negative";
      assertThat(got.get(i).label()).as("text %d", i).isEqualTo(label);
      assertThat(got.get(i).confidence()).isCloseTo(Math.max(p1, 1 - p1), within(1e-4));
      assertThat(got.get(i).probabilities().get(1)).isCloseTo(p1, within(1e-4));
    }
    // The committed model gives both labels on these texts, so a fixed label would fail above.
    assertThat(got).extracting(Sentiment::label).contains("negative", "positive");
  }

  @Test
  void classify_swappedLabelMap_swapsLabels(@TempDir Path tmp) throws Exception {
    Path dir = TinyModel.copyTo(tmp);
    Files.writeString(dir.resolve("labels.json"), "{\"0\": \"positive\", \"1\": \"negative\"}");
    List<String> texts = TinyModel.texts();
    List<Sentiment> original = model.classify(texts);

    List<Sentiment> swapped;
    try (SentimentModel other = SentimentModel.load(dir)) {
      swapped = other.classify(texts);
    }

    for (int i = 0; i < texts.size(); i++) {
      String flipped = original.get(i).label().equals("positive") ? "negative" : "positive";
      assertThat(swapped.get(i).label()).as("text %d", i).isEqualTo(flipped);
      assertThat(swapped.get(i).confidence()).isEqualTo(original.get(i).confidence());
    }
  }

  @Test
  void load_labelMapWithGap_fails(@TempDir Path tmp) throws Exception {
    Path dir = TinyModel.copyTo(tmp);
    Files.writeString(dir.resolve("labels.json"), "{\"0\": \"negative\", \"2\": \"positive\"}");

    assertThatThrownBy(() -> SentimentModel.load(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no label for index 1");
  }

  @Test
  void load_unknownFormatVersion_fails(@TempDir Path tmp) throws Exception {
    Path dir = TinyModel.copyTo(tmp);
    String config = Files.readString(dir.resolve("config.json"));
    Files.writeString(
        dir.resolve("config.json"), config.replace("\"formatVersion\": 1", "\"formatVersion\": 2"));

    assertThatThrownBy(() -> SentimentModel.load(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("formatVersion 2");
  }

  @Test
  void load_twice_givesIdenticalLogits() throws Exception {
    List<String> texts = TinyModel.texts();
    float[][] first;
    float[][] second;
    try (SentimentModel a = SentimentModel.load(TinyModel.dir())) {
      first = a.logits(texts);
    }
    try (SentimentModel b = SentimentModel.load(TinyModel.dir())) {
      second = b.logits(texts);
    }

    assertThat(second).isDeepEqualTo(first);
  }

  @Test
  void classify_emptyList_returnsEmptyList() throws Exception {
    assertThat(model.classify(List.of())).isEmpty();
  }
}
