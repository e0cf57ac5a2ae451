package dev.digest.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.translate.TranslateException;
import dev.digest.sentiment.SentimentResponse.Result;
import dev.digest.shared.sentiment.LexiconSentiment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Through the committed tiny model; its labels mean nothing, so tests compare with its output. */
class SentimentServiceTest {

  private static SentimentModel model;

  @BeforeAll
  static void load() throws Exception {
    model = SentimentModel.load(TinyModel.dir());
  }

  @AfterAll
  static void close() {
    model.close();
  }

  private static SentimentConfig config(double band) {
    return new SentimentConfig(
        ModelSource.local(Path.of("unused")), ModelEngine.PYTORCH, 10, 20_000, band);
  }

  private static SentimentResponse handle(SentimentService service, String json) {
    return service.handle(json.getBytes(StandardCharsets.UTF_8));
  }

  private static double margin(String text) throws TranslateException {
    Sentiment s = model.classify(text);
    return Math.abs(
        s.probabilities().get(model.labels().indexOf("positive"))
            - s.probabilities().get(model.labels().indexOf("negative")));
  }

  @Test
  void handle_mixedBatch_scoresValidItemsInPlaceAndRejectsTheRest() throws Exception {
    SentimentService service = new SentimentService(config(0), model);
    String big = "x".repeat(20_001);

    SentimentResponse response =
        handle(
            service,
            "{\"texts\": [\"RT @bob: what a lovely day #sunshine\", 42, \""
                + big
                + "\", \"@bob https://t.co/x\", \"the film was dull\"]}");

    assertThat(response.count()).isEqualTo(5);
    assertThat(response.model()).isEqualTo(model.config().source());
    List<Result> results = response.results();
    Sentiment first = model.classify("what a lovely day sunshine");
    assertThat(results.get(0).sentiment()).isEqualTo(first.label());
    assertThat(results.get(0).score()).isCloseTo(first.confidence(), within(1e-5));
    assertThat(results.get(0).source()).isEqualTo("model");
    assertThat(results.get(1).error().reason()).isEqualTo("not_a_string");
    assertThat(results.get(1).sentiment()).isNull();
    assertThat(results.get(2).error().reason()).isEqualTo("text_too_large");
    assertThat(results.get(3)).isEqualTo(Result.scored("neutral", 1.0, "lexicon"));
    Sentiment last = model.classify("the film was dull");
    assertThat(results.get(4).sentiment()).isEqualTo(last.label());
    assertThat(results.get(4).score()).isCloseTo(last.confidence(), within(1e-5));
  }

  @Test
  void handle_invalidRequest_returnsOnlyTheError() {
    SentimentService service = new SentimentService(config(0.2), model);

    SentimentResponse response = handle(service, "{\"texts\": []}");

    assertThat(response.results()).isNull();
    assertThat(response.count()).isNull();
    assertThat(response.error().reason()).isEqualTo("empty_texts");
  }

  @Test
  void handle_bandJustAboveATextsMargin_makesItNeutralWithScoreOneMinusMargin() throws Exception {
    String text = "the film was dull";
    double margin = margin(text);

    Result above =
        handle(new SentimentService(config(margin + 1e-4), model), json(text)).results().get(0);
    Result below =
        handle(new SentimentService(config(margin - 1e-4), model), json(text)).results().get(0);

    assertThat(above.sentiment()).isEqualTo("neutral");
    assertThat(above.score()).isCloseTo(1 - margin, within(1e-5));
    assertThat(below.sentiment()).isEqualTo(model.classify(text).label());
    assertThat(below.score()).isCloseTo(model.classify(text).confidence(), within(1e-5));
  }

  private static String json(String text) {
    return "{\"texts\": [\"" + text + "\"]}";
  }

  @Test
  void fromModel_marginBelowBand_isNeutral() {
    List<String> labels = List.of("negative", "positive");
    Sentiment close = new Sentiment("positive", 0.58, List.of(0.42, 0.58)); // margin 0.16
    Sentiment clear = new Sentiment("negative", 0.61, List.of(0.61, 0.39)); // margin 0.22

    assertThat(SentimentService.fromModel(close, labels, 0.2).sentiment()).isEqualTo("neutral");
    assertThat(SentimentService.fromModel(close, labels, 0.2).score())
        .isCloseTo(0.84, within(1e-9));
    assertThat(SentimentService.fromModel(clear, labels, 0.2))
        .isEqualTo(Result.scored("negative", 0.61, "model"));
    assertThat(SentimentService.fromModel(close, labels, 0).sentiment()).isEqualTo("positive");
  }

  @Test
  void fromModel_labelsWithoutPositiveAndNegative_passTheTopLabelThrough() {
    Sentiment verdict = new Sentiment("joy", 0.51, List.of(0.49, 0.51));

    assertThat(SentimentService.fromModel(verdict, List.of("anger", "joy"), 0.2))
        .isEqualTo(Result.scored("joy", 0.51, "model"));
  }

  @Test
  void handle_modelThrows_scoresEveryTextWithTheLexicon() {
    List<List<String>> calls = new ArrayList<>();
    Classifier failing = new FakeClassifier(calls, null);
    SentimentService service = new SentimentService(config(0.2), failing);

    SentimentResponse response =
        handle(
            service,
            "{\"texts\": [\"I love this, it is great!\", 7, \"awful, I hate it\", \"the table\"]}");

    assertThat(calls)
        .containsExactly(List.of("I love this, it is great!", "awful, I hate it", "the table"));
    List<Result> results = response.results();
    double love = LexiconSentiment.standard().analyse("I love this, it is great!").compound();
    double hate = LexiconSentiment.standard().analyse("awful, I hate it").compound();
    assertThat(results.get(0)).isEqualTo(Result.scored("positive", Math.abs(love), "lexicon"));
    assertThat(results.get(1).error().reason()).isEqualTo("not_a_string");
    assertThat(results.get(2)).isEqualTo(Result.scored("negative", Math.abs(hate), "lexicon"));
    assertThat(results.get(3)).isEqualTo(Result.scored("neutral", 1.0, "lexicon"));
    assertThat(response.model()).isEqualTo("fake");
  }

  @Test
  void handle_modelReturnsTooFewResults_fallsBackToTheLexicon() {
    Classifier short1 = new FakeClassifier(new ArrayList<>(), List.of());
    SentimentService service = new SentimentService(config(0.2), short1);

    SentimentResponse response = handle(service, json("I love it"));

    assertThat(response.results().get(0).source()).isEqualTo("lexicon");
    assertThat(response.results().get(0).sentiment()).isEqualTo("positive");
  }

  /** Records each batch; throws, or returns {@code answer}, as the model boundary. */
  private record FakeClassifier(List<List<String>> calls, List<Sentiment> answer)
      implements Classifier {
    @Override
    public List<Sentiment> classify(List<String> texts) throws TranslateException {
      calls.add(List.copyOf(texts));
      if (answer == null) {
        throw new TranslateException("engine crashed");
      }
      return answer;
    }

    @Override
    public List<String> labels() {
      return List.of("negative", "positive");
    }

    @Override
    public String id() {
      return "fake";
    }
  }
}
