package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The sentiment function from the real template, run the way the local stack runs it: the container
 * image from the folder its Dockerfile copies into the image (PyTorch, natives and all), and the
 * ONNX Runtime zip variant from {@code sentiment-onnx.jar}; both with the committed tiny model,
 * downloaded at init from the emulated S3 as {@code SentimentModelS3Uri} says.
 */
class LocalImageLayoutIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path TEMPLATE = ROOT.resolve("infrastructure/template.yaml");
  private static final Path MODEL = ROOT.resolve("functions/sentiment/src/test/resources/model");
  private static final Path EVENTS = ROOT.resolve("events");
  private static final String MODEL_BUCKET = "local-models-000000000000";
  private static final String MODEL_URI = "s3://" + MODEL_BUCKET + "/models/tiny/";

  /** One function of the template on the emulators, with the model in S3 before its JVM starts. */
  private static final class Run implements AutoCloseable {
    final Emulators emulators = Emulators.start(LocalAccount.DEFAULT);
    final FunctionSpec function;
    final FunctionRuntime runtime;
    final FunctionHost host;
    final FunctionLog log;
    final Path logFile;

    Run(Path dir, String logicalId, Map<String, String> parameters, Map<String, String> extraEnv)
        throws IOException {
      try {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("SentimentModelS3Uri", MODEL_URI);
        Stack stack =
            Template.read(TEMPLATE).resolve(LocalAccount.DEFAULT, emulators.sqsEndpoint(), all);
        FunctionSpec declared = stack.function(logicalId).orElseThrow();
        // As if the template's Environment.Variables also had these.
        Map<String, String> environment = new LinkedHashMap<>(declared.environment());
        environment.putAll(extraEnv);
        function =
            new FunctionSpec(
                declared.logicalId(),
                declared.name(),
                declared.handler(),
                declared.runtime(),
                declared.memoryMb(),
                declared.timeoutSeconds(),
                declared.logGroup(),
                environment,
                declared.sqsTriggers(),
                declared.image());
        emulators.s3().createBucket(b -> b.bucket(MODEL_BUCKET));
        for (String file :
            List.of("model.pt", "model.onnx", "tokenizer.json", "labels.json", "config.json")) {
          emulators
              .s3()
              .putObject(
                  b -> b.bucket(MODEL_BUCKET).key("models/tiny/" + file),
                  RequestBody.fromFile(MODEL.resolve(file)));
        }
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        runtime =
            FunctionRuntime.prepare(
                Path.of("target", "runtime"),
                ROOT.resolve("functions"),
                scratch,
                LocalAccount.DEFAULT,
                Map.of(
                    "AWS_ENDPOINT_URL_S3", emulators.s3Endpoint().toString(),
                    "AWS_ENDPOINT_URL_SQS", emulators.sqsEndpoint().toString()));
        runtime.requireCode(function);
        logFile = dir.resolve(logicalId + ".log");
        log = FunctionLog.toFile(logFile, null);
        host = new FunctionHost(function, runtime, LocalAccount.DEFAULT, log);
      } catch (RuntimeException | IOException e) {
        emulators.close();
        throw e;
      }
    }

    InvocationResult invoke(String event) throws IOException {
      return host.invoke(Files.readAllBytes(EVENTS.resolve(event)));
    }

    String log() throws IOException {
      return Files.readString(logFile, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      host.close();
      log.close();
      emulators.close();
    }
  }

  private static void assertScoredByTheModel(InvocationResult result, String log) {
    assertThat(result.succeeded()).as(result.describeError() + "\n" + log).isTrue();
    JsonNode response = Json.parse(result.payload());
    assertThat(response.path("count").asInt()).as(result.payload()).isEqualTo(5);
    assertThat(response.path("results")).hasSize(5);
    for (JsonNode item : response.path("results")) {
      assertThat(item.path("sentiment").asText())
          .as(result.payload())
          .isIn("positive", "negative", "neutral");
      assertThat(item.path("score").asDouble()).isBetween(0.0, 1.0);
      assertThat(item.path("source").asText()).as(result.payload()).isEqualTo("model");
    }
  }

  private static void assertMissingTextsIsNamed(InvocationResult result) {
    assertThat(result.succeeded()).as(result.describeError()).isTrue();
    JsonNode error = Json.parse(result.payload()).path("error");
    assertThat(error.path("reason").asText() + " " + error.path("message").asText())
        .as(result.payload())
        .contains("texts");
    assertThat(Json.parse(result.payload()).has("results")).isFalse();
  }

  /** Every file under a folder, relative to it. */
  private static List<String> files(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).toList();
    }
  }

  @Test
  void sentimentImage_layoutWithTinyModelInS3_scoresWithTheModelAndExtractsNothing(
      @TempDir Path dir) throws IOException {
    Path cache = Files.createDirectories(dir.resolve("djl-cache"));

    try (Run run =
        new Run(dir, "SentimentFunction", Map.of(), Map.of("DJL_CACHE_DIR", cache.toString()))) {
      ImageSpec image = run.function.image().orElseThrow();
      assertThat(image.root()).isEqualTo(ROOT.resolve("functions/sentiment/target/image"));
      assertThat(image.root().resolve("var/task/lib/sentiment.jar")).isRegularFile();

      InvocationResult scored = run.invoke("sentiment-invoke.json");
      assertScoredByTheModel(scored, run.log());
      assertMissingTextsIsNamed(run.invoke("sentiment-missing-texts.json"));

      // The natives came from <root>/opt/sentiment/native, where the image's ENV points: DJL had
      // nothing to extract, and would have had nothing to extract from (the JAR has no libtorch).
      List<String> cached = files(cache);
      assertThat(cached).as("extracted into DJL_CACHE_DIR").noneMatch(f -> f.contains("torch"));
      assertThat(cache.resolve("pytorch")).doesNotExist();
      assertThat(run.log()).contains("REPORT RequestId:", "Init Duration:");
    }
  }

  @Test
  void sentimentOnnxFunction_zipJarWithoutPyTorch_scoresWithTheModel(@TempDir Path dir)
      throws IOException {
    Path jar = ROOT.resolve("functions/sentiment/target/sentiment-onnx.jar");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<String> torch = new ArrayList<>();
      zip.stream()
          .map(e -> e.getName())
          .filter(n -> n.startsWith("ai/djl/pytorch/") || n.contains("libtorch"))
          .forEach(torch::add);
      assertThat(torch).as("PyTorch in " + jar).isEmpty();
    }
    Path cache = Files.createDirectories(dir.resolve("djl-cache"));

    try (Run run =
        new Run(
            dir,
            "SentimentOnnxFunction",
            Map.of("SentimentEngine", "OnnxRuntime"),
            Map.of("DJL_CACHE_DIR", cache.toString()))) {
      assertThat(run.function.image()).isEmpty();
      assertThat(run.runtime.jar(run.function)).isEqualTo(jar);

      assertScoredByTheModel(run.invoke("sentiment-invoke.json"), run.log());
      assertMissingTextsIsNamed(run.invoke("sentiment-missing-texts.json"));
      assertThat(files(cache)).noneMatch(f -> f.contains("torch"));
    }
  }

  @Test
  void invokeCommand_sentimentImage_getsTheModelDirInsideTheLayout() {
    // scripts/local invoke, with the template's defaults: no model URI, so the function loads the
    // model baked into the image, at MODEL_DIR, which locally is under the layout's root.
    Path modelDir = ROOT.resolve("functions/sentiment/target/image/opt/sentiment/model");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        Main.run(
            new String[] {
              "--template", TEMPLATE.toString(),
              "--functions", ROOT.resolve("functions").toString(),
              "--runtime", Path.of("target", "runtime").toString(),
              "invoke", "SentimentFunction",
              "-e", EVENTS.resolve("sentiment-invoke.json").toString()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String stdout = out.toString(StandardCharsets.UTF_8);
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(stderr).doesNotContain("not emulated: SentimentFunction");
    if (Files.isRegularFile(modelDir.resolve("config.json"))) {
      assertThat(status).as(stderr).isZero();
      assertThat(Json.parse(stdout).path("count").asInt()).isEqualTo(5);
    } else {
      // No model was baked into this build: init fails, naming where it looked.
      assertThat(status).as(stderr).isEqualTo(Main.FUNCTION_FAILED);
      assertThat(stdout).contains("MODEL_DIR " + modelDir);
    }
  }
}
