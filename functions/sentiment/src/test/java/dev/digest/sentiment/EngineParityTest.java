package dev.digest.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both engines, through the same loader, against PyTorch's own logits for the tiny model. */
class EngineParityTest {

  @ParameterizedTest
  @EnumSource(ModelEngine.class)
  void logits_expectedTexts_matchPyTorchWithin1e4(ModelEngine engine) throws Exception {
    float[][] want = TinyModel.logits();

    float[][] got;
    try (SentimentModel model = SentimentModel.load(TinyModel.dir(), engine, 32)) {
      got = model.logits(TinyModel.texts());
    }

    assertThat(got).hasDimensions(want.length, 2);
    for (int i = 0; i < want.length; i++) {
      assertThat(got[i]).as("text %d", i).containsExactly(want[i], within(1e-4f));
    }
  }

  @ParameterizedTest
  @EnumSource(ModelEngine.class)
  void logits_batchOfMixedLengths_equalSingleCallsWithin1e5(ModelEngine engine) throws Exception {
    List<String> texts = new ArrayList<>(TinyModel.texts());
    texts.add("good ".repeat(200));

    try (SentimentModel model = SentimentModel.load(TinyModel.dir(), engine, 32)) {
      float[][] batch = model.logits(texts);

      for (int i = 0; i < texts.size(); i++) {
        float[] single = model.logits(List.of(texts.get(i)))[0];
        assertThat(batch[i]).as("text %d", i).containsExactly(single, within(1e-5f));
      }
    }
  }
}
