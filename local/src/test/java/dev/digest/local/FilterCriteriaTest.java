package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterCriteriaTest {
  /** PdfTextFunction's filters in the template: PDF upload events, or the function's own jobs. */
  private static final FilterCriteria PDF_TEXT =
      FilterCriteria.parse(
          List.of(
              "{\"body\":{\"detail\":{\"object\":{\"key\":[{\"suffix\":\".pdf\"},{\"suffix\":\".PDF\"}]}}}}",
              "{\"body\":{\"type\":[\"pdf-text-job\"]}}"),
          "PdfTextFunction.Events.Uploads");

  /** A record as the SQS event source builds it: the body is the message text. */
  private static JsonNode record(String body) {
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    record.put("messageId", "m1");
    record.put("body", body);
    record.putObject("attributes").put("ApproximateReceiveCount", "1");
    record.put("eventSource", "aws:sqs");
    return record;
  }

  private static JsonNode objectCreated(String key) {
    return record(
        "{\"source\":\"aws.s3\",\"detail\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\""
            + key
            + "\"}}}");
  }

  private static boolean matches(String pattern, String body) {
    return FilterCriteria.parse(List.of(pattern), "T").matches(record(body));
  }

  @Test
  void matches_pdfUploadEvent_passesTheSuffixFilter() {
    assertThat(PDF_TEXT.matches(objectCreated("uploads/report.pdf"))).isTrue();
    assertThat(PDF_TEXT.matches(objectCreated("uploads/SCAN.PDF"))).isTrue();
  }

  @Test
  void matches_otherUploadEvent_isLeftOut() {
    assertThat(PDF_TEXT.matches(objectCreated("uploads/photo.jpg"))).isFalse();
    // Suffixes are case-sensitive: only the two spellings listed pass.
    assertThat(PDF_TEXT.matches(objectCreated("uploads/mixed.Pdf"))).isFalse();
  }

  @Test
  void matches_ownJobMessage_passesTheSecondFilter() {
    assertThat(
            PDF_TEXT.matches(record("{\"type\":\"pdf-text-job\",\"bucket\":\"b\",\"key\":\"k\"}")))
        .isTrue();
    assertThat(PDF_TEXT.matches(record("{\"type\":\"other-job\"}"))).isFalse();
  }

  @Test
  void matches_noFilters_passesEverything() {
    assertThat(FilterCriteria.NONE.matches(record("not json at all"))).isTrue();
  }

  @Test
  void matches_exactValuesAndPrefix_followThePatternLanguage() {
    assertThat(matches("{\"body\":{\"n\":[3]}}", "{\"n\":3.0}")).isTrue();
    assertThat(matches("{\"body\":{\"n\":[3]}}", "{\"n\":\"3\"}")).isFalse();
    assertThat(matches("{\"body\":{\"k\":[{\"prefix\":\"uploads/\"}]}}", "{\"k\":\"uploads/a\"}"))
        .isTrue();
    assertThat(matches("{\"body\":{\"k\":[{\"prefix\":\"uploads/\"}]}}", "{\"k\":\"other/a\"}"))
        .isFalse();
  }

  @Test
  void matches_existsAndAnythingBut_followThePatternLanguage() {
    assertThat(matches("{\"body\":{\"k\":[{\"exists\":true}]}}", "{\"k\":\"x\"}")).isTrue();
    assertThat(matches("{\"body\":{\"k\":[{\"exists\":true}]}}", "{\"j\":\"x\"}")).isFalse();
    assertThat(matches("{\"body\":{\"k\":[{\"exists\":false}]}}", "{\"j\":\"x\"}")).isTrue();
    assertThat(matches("{\"body\":{\"k\":[{\"anything-but\":[\"a\"]}]}}", "{\"k\":\"b\"}"))
        .isTrue();
    assertThat(matches("{\"body\":{\"k\":[{\"anything-but\":[\"a\"]}]}}", "{\"k\":\"a\"}"))
        .isFalse();
  }

  @Test
  void matches_jsonFilterOnPlainTextBody_isLeftOut() {
    assertThat(matches("{\"body\":{\"k\":[{\"exists\":false}]}}", "plain text")).isFalse();
    // Trailing text after a JSON value makes the body plain text, not JSON.
    assertThat(matches("{\"body\":{\"k\":[{\"exists\":false}]}}", "{} trailing")).isFalse();
  }

  @Test
  void matches_plainStringFilter_matchesOnlyPlainTextBodies() {
    assertThat(matches("{\"body\":[{\"prefix\":\"Result: \"}]}", "Result: 42")).isTrue();
    assertThat(matches("{\"body\":[{\"prefix\":\"Result: \"}]}", "Other: 42")).isFalse();
    assertThat(matches("{\"body\":[{\"prefix\":\"{\"}]}", "{\"a\":1}")).isFalse();
  }

  @Test
  void matches_filterWithoutBody_matchesTheRecordsMetadata() {
    assertThat(matches("{\"eventSource\":[\"aws:sqs\"]}", "anything")).isTrue();
    assertThat(matches("{\"eventSource\":[\"aws:kinesis\"]}", "anything")).isFalse();
  }

  @Test
  void parse_unsupportedOperator_namesTheFilter() {
    assertThatThrownBy(
            () ->
                FilterCriteria.parse(
                    List.of(
                        "{\"body\":{\"a\":[1]}}",
                        "{\"body\":{\"ip\":[{\"cidr\":\"10.0.0.0/8\"}]}}"),
                    "F.Events.Work"))
        .isInstanceOf(LocalException.class)
        .hasMessageContaining("F.Events.Work.FilterCriteria.Filters[1].Pattern")
        .hasMessageContaining("'cidr'");
  }
}
