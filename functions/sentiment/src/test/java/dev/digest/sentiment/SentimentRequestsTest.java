package dev.digest.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.digest.sentiment.SentimentRequests.Item;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentRequestsTest {

  private final SentimentRequests requests = new SentimentRequests(3, 20_000);

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|not_json|empty",
        "{\"texts\": [|not_json|not valid JSON",
        "{\"texts\": [\"a\"]} trailing|not_json|not valid JSON",
        "[\"a\"]|not_object|JSON object",
        "{}|missing_texts|no 'texts'",
        "{\"texts\": null}|missing_texts|no 'texts'",
        "{\"texts\": \"hello\"}|texts_not_array|must be an array",
        "{\"texts\": []}|empty_texts|empty",
        "{\"texts\": [\"a\",\"b\",\"c\",\"d\"]}|too_many_texts|4 items; at most 3",
        "{\"body\": 5}|invalid_body|must be a string",
        "{\"body\": \"not json\"}|not_json|the body is not valid JSON",
        "{\"body\": \"{}\"}|missing_texts|no 'texts'",
        "{\"body\": \"%%%\", \"isBase64Encoded\": true}|invalid_body|not base64",
      })
  void parse_invalidRequest_throwsWithReasonAndMessage(String json, String reason, String message) {
    assertThatThrownBy(() -> requests.parse(bytes(json)))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((BadRequestException) e).reason())
        .isEqualTo(reason);
  }

  @Test
  void parse_invalidUtf8Bytes_throwsInvalidUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bytes("{\"texts\": [\"caf"));
    out.write(0xC3); // a lead byte without its continuation
    out.writeBytes(bytes("\"]}"));

    assertThatThrownBy(() -> requests.parse(out.toByteArray()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("not valid UTF-8")
        .extracting(e -> ((BadRequestException) e).reason())
        .isEqualTo("invalid_utf8");
  }

  @Test
  void parse_base64BodyWithInvalidUtf8_throwsInvalidUtf8() {
    String body = Base64.getEncoder().encodeToString(new byte[] {'{', (byte) 0xFF, '}'});

    assertThatThrownBy(
            () -> requests.parse(bytes("{\"body\": \"" + body + "\", \"isBase64Encoded\": true}")))
        .extracting(e -> ((BadRequestException) e).reason())
        .isEqualTo("invalid_utf8");
  }

  @Test
  void parse_apiGatewayBody_readsTheWrappedTexts() throws Exception {
    List<Item> items =
        requests.parse(bytes("{\"resource\": \"/\", \"body\": \"{\\\"texts\\\": [\\\"hi\\\"]}\"}"));

    assertThat(items).containsExactly(new Item.Text("hi"));
  }

  @Test
  void parse_base64ApiGatewayBody_readsTheWrappedTexts() throws Exception {
    String body =
        Base64.getEncoder().encodeToString(bytes("{\"texts\": [\"caf\u00e9 \uD83D\uDE00\"]}"));

    List<Item> items =
        requests.parse(bytes("{\"body\": \"" + body + "\", \"isBase64Encoded\": true}"));

    assertThat(items).containsExactly(new Item.Text("caf\u00e9 \uD83D\uDE00"));
  }

  @Test
  void parse_badItems_rejectsEachInPlaceAndKeepsTheOthers() throws Exception {
    List<Item> items = requests.parse(bytes("{\"texts\": [\"ok\", 5, null]}"));

    assertThat(items).hasSize(3);
    assertThat(items.get(0)).isEqualTo(new Item.Text("ok"));
    assertThat(((Item.Invalid) items.get(1)).error().reason()).isEqualTo("not_a_string");
    assertThat(((Item.Invalid) items.get(1)).error().message()).contains("NUMBER");
    assertThat(((Item.Invalid) items.get(2)).error().reason()).isEqualTo("not_a_string");
  }

  @Test
  void parse_textOverTheLimitInUtf8Bytes_isRejectedAlthoughFewerChars() throws Exception {
    String atLimit = "\u00e9".repeat(10_000); // 10,000 chars, 20,000 bytes
    String overLimit = "\u00e9".repeat(10_001); // 10,001 chars, 20,002 bytes

    List<Item> items =
        requests.parse(bytes("{\"texts\": [\"" + atLimit + "\", \"" + overLimit + "\"]}"));

    assertThat(items.get(0)).isEqualTo(new Item.Text(atLimit));
    assertThat(((Item.Invalid) items.get(1)).error().reason()).isEqualTo("text_too_large");
    assertThat(((Item.Invalid) items.get(1)).error().message()).contains("20000 bytes");
  }

  @Test
  void parse_tenMegabyteText_isRejectedQuickly() {
    byte[] payload = bytes("{\"texts\": [\"" + "word ".repeat(2_000_000) + "\", \"ok\"]}");

    List<Item> items =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> requests.parse(payload));

    assertThat(((Item.Invalid) items.get(0)).error().reason()).isEqualTo("text_too_large");
    assertThat(items.get(1)).isEqualTo(new Item.Text("ok"));
  }

  @Test
  void utf8Length_mixedWidths_countsUtf8Bytes() {
    assertThat(SentimentRequests.utf8Length("a\u00e9\u20ac\uD83D\uDE00", 100)).isEqualTo(10);
    assertThat(SentimentRequests.utf8Length("\uD800", 100)).isEqualTo(3);
  }
}
