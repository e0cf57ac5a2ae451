package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RuntimeApiTest {
  private static final FunctionSpec FUNCTION =
      new FunctionSpec(
          "ThumbnailFunction",
          "local-ThumbnailFunction",
          "example.Handler::handleRequest",
          "java21",
          512,
          30,
          "/aws/lambda/local-ThumbnailFunction",
          Map.of(),
          List.of());

  private final RuntimeApi api = new RuntimeApi(FUNCTION, LocalAccount.DEFAULT);
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void close() {
    api.close();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://" + api.address() + "/2018-06-01/runtime/" + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(10))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void next_withQueuedEvent_returnsItWithTheInvocationHeaders() throws Exception {
    RuntimeApi.Invocation invocation =
        new RuntimeApi.Invocation(
            "req-1", "{\"x\":1}".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(30));
    api.submit(invocation);
    long before = System.currentTimeMillis();

    HttpResponse<String> next = send("GET", "invocation/next", null);

    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(next.body()).isEqualTo("{\"x\":1}");
    assertThat(next.headers().firstValue("Lambda-Runtime-Aws-Request-Id")).contains("req-1");
    assertThat(next.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn"))
        .contains("arn:aws:lambda:us-east-1:000000000000:function:local-ThumbnailFunction");
    assertThat(next.headers().firstValue("Lambda-Runtime-Trace-Id").orElseThrow())
        .startsWith("Root=1-");
    long deadline =
        Long.parseLong(next.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow());
    assertThat(deadline).isBetween(before + 29_000, System.currentTimeMillis() + 30_000);
    assertThat(invocation.started()).isCompleted();
  }

  @Test
  void response_forTheRunningInvocation_completesIt() throws Exception {
    RuntimeApi.Invocation invocation =
        new RuntimeApi.Invocation("req-2", new byte[0], Duration.ofSeconds(5));
    api.submit(invocation);
    send("GET", "invocation/next", null);

    HttpResponse<String> posted = send("POST", "invocation/req-2/response", "{\"ok\":true}");

    assertThat(posted.statusCode()).isEqualTo(202);
    InvocationResult result = invocation.done().get();
    assertThat(result.kind()).isEqualTo(InvocationResult.Kind.SUCCESS);
    assertThat(result.payload()).isEqualTo("{\"ok\":true}");
  }

  @Test
  void error_forTheRunningInvocation_carriesTypeAndMessage() throws Exception {
    RuntimeApi.Invocation invocation =
        new RuntimeApi.Invocation("req-3", new byte[0], Duration.ofSeconds(5));
    api.submit(invocation);
    send("GET", "invocation/next", null);

    send(
        "POST",
        "invocation/req-3/error",
        "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.IllegalStateException\"}");

    InvocationResult result = invocation.done().get();
    assertThat(result.kind()).isEqualTo(InvocationResult.Kind.ERROR);
    assertThat(result.describeError()).isEqualTo("java.lang.IllegalStateException: boom");
  }

  @Test
  void response_forUnknownRequestId_isRefused() throws Exception {
    assertThat(send("POST", "invocation/nope/response", "{}").statusCode()).isEqualTo(400);
  }

  @Test
  void initError_isKeptForTheReport() throws Exception {
    send("POST", "init/error", "{\"errorMessage\":\"no DERIVED_BUCKET\",\"errorType\":\"Config\"}");

    assertThat(api.initError().path("errorMessage").asText()).isEqualTo("no DERIVED_BUCKET");
  }
}
