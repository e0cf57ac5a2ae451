package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventPatternTest {
  private static final JsonNode UPLOADS_RULE =
      Json.parse(
          """
          {"source": ["aws.s3"], "detail-type": ["Object Created"],
           "detail": {"bucket": {"name": ["local-uploads-000000000000"]},
                      "object": {"key": [{"prefix": "uploads/"}]}}}
          """);

  private static JsonNode created(String bucket, String key) {
    return S3EventBridgeEvents.objectCreated(
        LocalAccount.DEFAULT, bucket, key, 10, "etag", Instant.parse("2024-05-01T12:00:00Z"));
  }

  private static boolean matches(String pattern, String event) {
    return EventPattern.of(Json.parse(pattern), "Rule").matches(Json.parse(event));
  }

  @Test
  void matches_objectUnderPrefixInBucket_matches() {
    EventPattern pattern = EventPattern.of(UPLOADS_RULE, "UploadsCreatedRule");

    assertThat(pattern.matches(created("local-uploads-000000000000", "uploads/a b.jpg"))).isTrue();
  }

  @Test
  void matches_otherPrefix_doesNotMatch() {
    EventPattern pattern = EventPattern.of(UPLOADS_RULE, "UploadsCreatedRule");

    assertThat(pattern.matches(created("local-uploads-000000000000", "thumbnails/a.jpg")))
        .isFalse();
  }

  @Test
  void matches_otherBucket_doesNotMatch() {
    EventPattern pattern = EventPattern.of(UPLOADS_RULE, "UploadsCreatedRule");

    assertThat(pattern.matches(created("local-derived-000000000000", "uploads/a.jpg"))).isFalse();
  }

  @Test
  void matches_otherDetailType_doesNotMatch() {
    JsonNode event = created("local-uploads-000000000000", "uploads/a.jpg");
    ((com.fasterxml.jackson.databind.node.ObjectNode) event).put("detail-type", "Object Deleted");

    assertThat(EventPattern.of(UPLOADS_RULE, "R").matches(event)).isFalse();
  }

  @Test
  void matches_arrayOfAlternatives_matchesAny() {
    String pattern = "{\"detail\": {\"kind\": [\"a\", \"b\", 3]}}";

    assertThat(matches(pattern, "{\"detail\": {\"kind\": \"b\"}}")).isTrue();
    assertThat(matches(pattern, "{\"detail\": {\"kind\": 3.0}}")).isTrue();
    assertThat(matches(pattern, "{\"detail\": {\"kind\": \"c\"}}")).isFalse();
    assertThat(matches(pattern, "{\"detail\": {}}")).isFalse();
  }

  @Test
  void matches_arrayInEvent_matchesWhenAnyElementMatches() {
    assertThat(matches("{\"resources\": [\"x\"]}", "{\"resources\": [\"w\", \"x\"]}")).isTrue();
  }

  @Test
  void matches_contentFilters_followEventBridgeRules() {
    assertThat(matches("{\"k\": [{\"suffix\": \".jpg\"}]}", "{\"k\": \"a.jpg\"}")).isTrue();
    assertThat(matches("{\"k\": [{\"anything-but\": [\"a\", \"b\"]}]}", "{\"k\": \"a\"}"))
        .isFalse();
    assertThat(matches("{\"k\": [{\"anything-but\": {\"prefix\": \"tmp/\"}}]}", "{\"k\": \"x\"}"))
        .isTrue();
    assertThat(matches("{\"k\": [{\"exists\": false}]}", "{}")).isTrue();
    assertThat(matches("{\"k\": [{\"exists\": true}]}", "{}")).isFalse();
    assertThat(matches("{\"k\": [{\"numeric\": [\">\", 0, \"<=\", 5]}]}", "{\"k\": 5}")).isTrue();
    assertThat(matches("{\"k\": [{\"numeric\": [\">\", 0, \"<=\", 5]}]}", "{\"k\": 6}")).isFalse();
    assertThat(matches("{\"k\": [{\"equals-ignore-case\": \"JPG\"}]}", "{\"k\": \"jpg\"}"))
        .isTrue();
    assertThat(
            matches("{\"k\": [{\"wildcard\": \"uploads/*.png\"}]}", "{\"k\": \"uploads/a/b.png\"}"))
        .isTrue();
    assertThat(matches("{\"$or\": [{\"a\": [1]}, {\"b\": [2]}]}", "{\"a\": 0, \"b\": 2}")).isTrue();
  }

  @Test
  void of_unsupportedOperator_isRefusedWithItsName() {
    assertThatThrownBy(
            () -> EventPattern.of(Json.parse("{\"ip\": [{\"cidr\": \"10.0.0.0/8\"}]}"), "R"))
        .isInstanceOf(LocalException.class)
        .hasMessageContaining("'cidr'");
  }
}
