package dev.digest.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import dev.digest.testing.AwsEmulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** MODEL_S3_URI: the handler downloads the model from an S3 emulator at init, then serves it. */
class ModelDownloadIT {
  private final AwsEmulator aws = AwsEmulator.get();
  private S3Client s3;
  private String bucket;

  @BeforeEach
  void setUp() {
    s3 = AwsClients.fromEnvironment(aws.env(Map.of())).s3();
    bucket = "models-" + UUID.randomUUID();
    s3.createBucket(b -> b.bucket(bucket));
  }

  @Test
  void handler_modelInS3_downloadsAndClassifiesLikeTheLocalModel(@TempDir Path tmp)
      throws Exception {
    upload("sentiment/tiny/");
    SentimentHandler fromS3 =
        new SentimentHandler(env(tmp, "s3://" + bucket + "/sentiment/tiny", "PyTorch"));
    SentimentHandler local =
        new SentimentHandler(Env.of(Map.of("MODEL_DIR", TinyModel.dir().toString())));

    String request = "{\"texts\":[\"what a great day\",\"this is awful\"]}";

    assertThat(invoke(fromS3, request)).isEqualTo(invoke(local, request));
    assertThat(tmp.resolve("sentiment-model/model.pt"))
        .hasSameBinaryContentAs(TinyModel.dir().resolve("model.pt"));
    try (var left = Files.list(tmp.resolve("sentiment-model"))) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void handler_onnxEngineFromS3_downloadsOnlyTheOnnxModel(@TempDir Path tmp) throws Exception {
    upload("m/");

    SentimentHandler handler =
        new SentimentHandler(env(tmp, "s3://" + bucket + "/m/", "OnnxRuntime"));

    assertThat(invoke(handler, "{\"texts\":[\"fine\"]}")).contains("\"source\":\"model\"");
    assertThat(tmp.resolve("sentiment-model/model.onnx")).exists();
    assertThat(tmp.resolve("sentiment-model/model.pt")).doesNotExist();
  }

  @Test
  void handler_missingModelFile_failsInitNamingTheObject(@TempDir Path tmp) throws Exception {
    upload("partial/");
    s3.deleteObject(b -> b.bucket(bucket).key("partial/tokenizer.json"));

    assertThatThrownBy(
            () -> new SentimentHandler(env(tmp, "s3://" + bucket + "/partial/", "PyTorch")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("s3://" + bucket + "/partial/tokenizer.json does not exist");
  }

  private void upload(String prefix) throws Exception {
    try (var files = Files.list(TinyModel.dir())) {
      for (Path file : files.toList()) {
        s3.putObject(
            b -> b.bucket(bucket).key(prefix + file.getFileName()), RequestBody.fromFile(file));
      }
    }
  }

  private Env env(Path tmp, String uri, String engine) {
    Map<String, String> vars = new HashMap<>();
    vars.put("MODEL_DOWNLOAD_DIR", tmp.resolve("sentiment-model").toString());
    vars.put("MODEL_S3_URI", uri);
    vars.put("ENGINE", engine);
    return aws.env(vars);
  }

  private static String invoke(SentimentHandler handler, String request) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)), out, null);
    return Json.mapper().readTree(out.toByteArray()).toString();
  }
}
