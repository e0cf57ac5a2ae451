package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionRuntimeTest {
  private static Path jar(Path functions, String module, String name) throws IOException {
    Path jar = functions.resolve(module).resolve("target").resolve(name + ".jar");
    Files.createDirectories(jar.getParent());
    return Files.writeString(jar, "jar");
  }

  @Test
  void jar_conventionalJarExists_isThatJar(@TempDir Path functions) throws IOException {
    Path thumbnail = jar(functions, "thumbnail", "thumbnail");
    jar(functions, "other", "thumbnail");

    assertThat(FunctionRuntime.jar(functions, "thumbnail")).isEqualTo(thumbnail);
  }

  @Test
  void jar_builtByAnotherModule_isFoundInThatModulesTarget(@TempDir Path functions)
      throws IOException {
    jar(functions, "sentiment", "sentiment");
    Path onnx = jar(functions, "sentiment", "sentiment-onnx");
    jar(functions, "thumbnail", "thumbnail");

    assertThat(FunctionRuntime.jar(functions, FunctionSpec.moduleName("SentimentOnnxFunction")))
        .isEqualTo(onnx);
  }

  @Test
  void jar_builtNowhere_isTheConventionalPathSoTheMessageNamesIt(@TempDir Path functions)
      throws IOException {
    jar(functions, "sentiment", "sentiment");

    assertThat(FunctionRuntime.jar(functions, "sentiment-onnx"))
        .isEqualTo(functions.resolve("sentiment-onnx/target/sentiment-onnx.jar"));
    assertThat(FunctionRuntime.jar(functions.resolve("missing"), "thumbnail"))
        .isEqualTo(functions.resolve("missing/thumbnail/target/thumbnail.jar"));
  }

  @Test
  void jar_builtBySeveralOtherModules_isRefusedNamingThem(@TempDir Path functions)
      throws IOException {
    Path a = jar(functions, "a", "shared-name");
    Path b = jar(functions, "b", "shared-name");

    assertThatThrownBy(() -> FunctionRuntime.jar(functions, "shared-name"))
        .isInstanceOf(LocalException.class)
        .hasMessageContaining(a.toString())
        .hasMessageContaining(b.toString());
  }
}
