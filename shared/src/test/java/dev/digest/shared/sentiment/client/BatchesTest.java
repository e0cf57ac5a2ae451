package dev.digest.shared.sentiment.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.shared.json.Json;
import dev.digest.shared.sentiment.client.Batches.Batch;
import dev.digest.shared.sentiment.client.Batches.Plan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchesTest {

  private static List<String> texts(Batch batch) {
    List<String> texts = new ArrayList<>();
    Json.parse(new String(batch.request(), StandardCharsets.UTF_8))
        .path("texts")
        .forEach(t -> texts.add(t.asText()));
    return texts;
  }

  @Test
  void plan_moreTextsThanTheCount_splitsByCountInOrder() {
    Plan plan = Batches.plan(List.of("a", "b", "c", "d", "e"), 2, 1_000);

    assertThat(plan.batches())
        .extracting(BatchesTest::texts)
        .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
    assertThat(plan.batches().get(2).positions()).containsExactly(4);
    assertThat(plan.oversized()).isEmpty();
  }

  @Test
  void plan_bytesLimit_fillsEachRequestExactlyUpToIt() {
    // {"texts":["aaaa","bbbb"]} is 25 bytes; a third text would make 32.
    Plan plan = Batches.plan(List.of("aaaa", "bbbb", "cccc"), 50, 25);

    assertThat(plan.batches()).extracting(b -> b.request().length).containsExactly(25, 18);
    assertThat(plan.batches())
        .extracting(BatchesTest::texts)
        .containsExactly(List.of("aaaa", "bbbb"), List.of("cccc"));
  }

  @Test
  void plan_escapedAndMultiByteText_measuresTheEncodedJson() {
    String text = "é\"\n"; // 2 + 2 + 2 bytes as JSON, plus quotes
    Plan plan = Batches.plan(List.of(text), 50, 100);

    assertThat(plan.batches().get(0).request().length).isEqualTo(12 + 8);
    assertThat(texts(plan.batches().get(0))).containsExactly(text);
  }

  @Test
  void plan_textTooLargeAlone_isSetAsideAndTheOthersStillGo() {
    Plan plan = Batches.plan(List.of("aa", "x".repeat(20), "bb", "y".repeat(100)), 50, 20);

    assertThat(plan.oversized()).containsExactly(1, 3);
    assertThat(plan.batches())
        .extracting(BatchesTest::texts)
        .containsExactly(List.of("aa"), List.of("bb"));
    assertThat(plan.batches()).extracting(b -> b.positions()[0]).containsExactly(0, 2);
  }

  @Test
  void plan_noTexts_hasNoBatches() {
    assertThat(Batches.plan(List.of(), 50, 100).batches()).isEmpty();
  }
}
