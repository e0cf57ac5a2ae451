package dev.digest.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ONNX Runtime engine through the same loader, on the tiny model's ONNX export. */
class OnnxRuntimeModelTest {

  private static SentimentModel model;

  @BeforeAll
  static void load() throws IOException {
    model = SentimentModel.load(TinyModel.dir(), ModelEngine.ONNX_RUNTIME, 32);
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void logits_expectedTexts_matchPyTorchWithin1e4() throws Exception {
    float[][] want = TinyModel.logits();

    float[][] got = model.logits(TinyModel.texts());

    assertThat(got).hasDimensions(want.length, 2);
    for (int i = 0; i < want.length; i++) {
      assertThat(got[i]).as("text %d", i).containsExactly(want[i], within(1e-4f));
    }
  }

  @Test
  void logits_batchOfMixedLengths_equalSingleCallsWithin1e5() throws Exception {
    List<String> texts = new ArrayList<>(TinyModel.texts());
    texts.add("good ".repeat(200));

    float[][] batch = model.logits(texts);

    for (int i = 0; i < texts.size(); i++) {
      float[] single = model.logits(List.of(texts.get(i)))[0];
      assertThat(batch[i]).as("text %d", i).containsExactly(single, within(1e-5f));
    }
  }

  @Test
  void classify_sameTextsAsPyTorch_sameLabels() throws Exception {
    List<Sentiment> onnx = model.classify(TinyModel.texts());

    try (SentimentModel torch = SentimentModel.load(TinyModel.dir())) {
      List<Sentiment> pytorch = torch.classify(TinyModel.texts());
      for (int i = 0; i < onnx.size(); i++) {
        assertThat(onnx.get(i).label()).as("text %d", i).isEqualTo(pytorch.get(i).label());
      }
    }
  }
}
