package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.local.fixture.ScriptedHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A function JVM on the real runtime interface client: responses, errors, timeouts, crashes. */
class FunctionHostIT {
  private static final FunctionSpec SCRIPTED =
      new FunctionSpec(
          "ScriptedFunction",
          "local-ScriptedFunction",
          ScriptedHandler.class.getName() + "::handleRequest",
          "java21",
          256,
          3,
          "/aws/lambda/local-ScriptedFunction",
          Map.of(),
          List.of());

  @TempDir static Path dir;
  private static FunctionHost host;
  private static FunctionLog log;

  @BeforeAll
  static void start() throws IOException {
    Path functions = dir.resolve("functions");
    Path jar = functions.resolve("scripted/target/scripted.jar");
    Files.createDirectories(jar.getParent());
    String entry = ScriptedHandler.class.getName().replace('.', '/') + ".class";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(entry));
      Files.copy(Path.of("target", "test-classes").resolve(entry), out);
      out.closeEntry();
    }
    Path scratch = Files.createDirectories(dir.resolve("scratch"));
    FunctionRuntime runtime =
        FunctionRuntime.prepare(
            Path.of("target", "runtime"), functions, scratch, LocalAccount.DEFAULT, Map.of());
    log = FunctionLog.toFile(dir.resolve("scripted.log"), null);
    host = new FunctionHost(SCRIPTED, runtime, LocalAccount.DEFAULT, log);
  }

  @AfterAll
  static void stop() {
    host.close();
    log.close();
  }

  private static InvocationResult invoke(String event) {
    return host.invoke(event.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void invoke_echo_returnsTheResponseWithTheContextFilledIn() {
    InvocationResult result = invoke("{\"n\":1}");

    assertThat(result.kind()).isEqualTo(InvocationResult.Kind.SUCCESS);
    assertThat(result.payload())
        .startsWith("{\"event\":{\"n\":1},\"remainingMs\":")
        .endsWith("\"function\":\"local-ScriptedFunction\"}");
  }

  @Test
  void invoke_handlerThrows_isAFunctionError() {
    InvocationResult result = invoke("\"throw\"");

    assertThat(result.kind()).isEqualTo(InvocationResult.Kind.ERROR);
    assertThat(result.describeError()).isEqualTo("java.lang.IllegalStateException: asked to fail");
    assertThat(invoke("{}").succeeded()).isTrue();
  }

  @Test
  void invoke_pastTheTimeout_killsTheJvmAndTheNextInvocationStartsAnother() {
    InvocationResult result = invoke("\"sleep\"");

    assertThat(result.kind()).isEqualTo(InvocationResult.Kind.TIMEOUT);
    assertThat(result.errorMessage()).isEqualTo("Task timed out after 3.00 seconds");
    assertThat(invoke("{}").succeeded()).isTrue();
  }

  @Test
  void invoke_runtimeExits_isAnExitErrorAndTheNextInvocationStartsAnother() {
    InvocationResult result = invoke("\"exit\"");

    assertThat(result.kind()).isEqualTo(InvocationResult.Kind.ERROR);
    assertThat(result.errorType()).isEqualTo("Runtime.ExitError");
    assertThat(result.errorMessage()).endsWith("exit status 3");
    assertThat(invoke("{}").succeeded()).isTrue();
  }

  @Test
  void log_recordsPlatformLines() throws IOException {
    invoke("{}");

    assertThat(Files.readString(dir.resolve("scripted.log")))
        .contains("START RequestId:", "END RequestId:", "REPORT RequestId:", "Init Duration:");
  }
}
