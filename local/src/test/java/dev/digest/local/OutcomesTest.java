package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.local.EventBus.Delivery;
import dev.digest.local.LocalStack.Upload;
import dev.digest.shared.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomesTest {
  private static final BucketSpec UPLOADS = new BucketSpec("UploadsBucket", "uploads", true);
  private static final QueueSpec QUEUE =
      new QueueSpec(
          "WorkQueue",
          "local-WorkQueue",
          "http://q/WorkQueue",
          "arn:q",
          false,
          360,
          Optional.of(new QueueSpec.Redrive("WorkDlq", 3)));
  private static final QueueSpec DLQ =
      new QueueSpec(
          "WorkDlq", "local-WorkDlq", "http://q/WorkDlq", "arn:d", false, 30, Optional.empty());
  private static final FunctionSpec FUNCTION =
      new FunctionSpec(
          "ThumbnailFunction",
          "local-ThumbnailFunction",
          "h::m",
          "java21",
          512,
          30,
          "/g",
          Map.of(),
          List.of(new SqsTrigger("Work", "WorkQueue", 10, true, true, FilterCriteria.NONE)));
  private static final Stack STACK =
      new Stack(
          LocalAccount.DEFAULT,
          List.of(UPLOADS),
          List.of(QUEUE, DLQ),
          List.of(),
          List.of(FUNCTION),
          List.of());

  private static Upload upload(String name, String messageId) {
    return new Upload(
        name, UPLOADS, "uploads/" + name, List.of(new Delivery("Rule", "WorkQueue", messageId)));
  }

  private static Outcomes outcomes(
      Ledger ledger, List<String> logLines, List<JsonNode> deadLetters) {
    return new Outcomes(
        STACK,
        ledger,
        Map.of("ThumbnailFunction", logLines.stream().map(Json::parse).toList()),
        Map.of("WorkDlq", deadLetters));
  }

  @Test
  void of_okLine_reportsOutputs() {
    Outcomes outcomes =
        outcomes(
            new Ledger(),
            List.of(
                "{\"message\":\"Thumbnails written\",\"bucket\":\"uploads\",\"key\":\"uploads/a b.jpg\",\"outcome\":\"ok\",\"outputs\":3}"),
            List.of());

    assertThat(outcomes.of(upload("a b.jpg", "m1")).line())
        .isEqualTo("ok        a b.jpg  ThumbnailFunction: 3 outputs");
  }

  @Test
  void of_rejectedLine_reportsReasonAndMessage() {
    Outcomes outcomes =
        outcomes(
            new Ledger(),
            List.of(
                "{\"key\":\"uploads/evil.jpg\",\"outcome\":\"rejected\",\"reason\":\"not-an-image\",\"errorMessage\":\"text, not an image\"}"),
            List.of());

    assertThat(outcomes.of(upload("evil.jpg", "m2")).line())
        .isEqualTo("rejected  evil.jpg  ThumbnailFunction: not-an-image (text, not an image)");
  }

  @Test
  void of_deadLettered_reportsAttemptsAndTheLoggedError() {
    Ledger ledger = new Ledger();
    for (int i = 1; i <= 3; i++) {
      ledger.record("m3", new Ledger.Attempt("ThumbnailFunction", "r" + i, true, null));
    }
    Outcomes outcomes =
        outcomes(
            ledger,
            List.of(
                "{\"requestId\":\"r3\",\"messageId\":\"m3\",\"errorType\":\"java.lang.UnsupportedOperationException\",\"errorMessage\":\"not implemented yet\"}"),
            List.of(Json.parse("{\"messageId\":\"m3\",\"body\":\"{}\"}")));

    assertThat(outcomes.of(upload("x.jpg", "m3")).line())
        .isEqualTo(
            "failed    x.jpg  ThumbnailFunction: dead-lettered after 3 attempts"
                + " (UnsupportedOperationException: not implemented yet)");
  }

  @Test
  void of_functionErrorStillRetrying_saysSo() {
    Ledger ledger = new Ledger();
    ledger.record(
        "m4",
        new Ledger.Attempt("ThumbnailFunction", "r1", true, "Sandbox.Timedout: Task timed out"));

    assertThat(outcomes(ledger, List.of(), List.of()).of(upload("slow.jpg", "m4")).line())
        .isEqualTo(
            "failed    slow.jpg  ThumbnailFunction: still failing after 1 attempt when the run ended"
                + " (Sandbox.Timedout: Task timed out)");
  }

  @Test
  void of_noRuleMatched_isSkipped() {
    Upload upload = new Upload("a.jpg", UPLOADS, "other/a.jpg", List.of());

    Outcomes.FileOutcome outcome = outcomes(new Ledger(), List.of(), List.of()).of(upload);

    assertThat(outcome.status()).isEqualTo(Outcomes.Status.SKIPPED);
    assertThat(outcome.line()).contains("no event rule matched s3://uploads/other/a.jpg");
  }

  @Test
  void of_filteredOutByTheOnlyFunction_isSkippedAndSaysWhy() {
    Ledger ledger = new Ledger();
    ledger.filteredOut("m5", "ThumbnailFunction");

    Outcomes.FileOutcome outcome =
        outcomes(ledger, List.of(), List.of()).of(upload("report.pdf", "m5"));

    assertThat(outcome.line())
        .isEqualTo("skipped   report.pdf  every function's event source filter left it out");
  }

  @Test
  void of_filteredOutByAnotherMessagesFunction_stillReportsThisOne() {
    Ledger ledger = new Ledger();
    ledger.filteredOut("other", "ThumbnailFunction");

    assertThat(outcomes(ledger, List.of(), List.of()).of(upload("a.jpg", "m6")).line())
        .isEqualTo("failed    a.jpg  ThumbnailFunction: not processed before the run ended");
  }
}
