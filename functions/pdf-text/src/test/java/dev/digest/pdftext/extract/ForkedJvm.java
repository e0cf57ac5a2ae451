package dev.digest.pdftext.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link ExtractMain} in a child JVM with a bounded heap, as the function would. */
final class ForkedJvm {
  private ForkedJvm() {}

  /** What the child printed, and how it ended. */
  record Result(int exitCode, String output) {}

  static Result extract(Path file, String maxHeap, int timeoutSeconds, String... options)
      throws IOException, InterruptedException {
    return extract(List.of(), file, maxHeap, timeoutSeconds, options);
  }

  /** As {@link #extract(Path, String, int, String...)}, with extra JVM options first. */
  static Result extract(
      List<String> jvmOptions, Path file, String maxHeap, int timeoutSeconds, String... options)
      throws IOException, InterruptedException {
    Path log = file.resolveSibling(file.getFileName() + ".log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-Xmx" + maxHeap,
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + file.getParent(),
                "-cp",
                ManagementFactory.getRuntimeMXBean().getClassPath(),
                ExtractMain.class.getName(),
                file.toString()));
    command.addAll(1, jvmOptions);
    command.addAll(List.of(options));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("extraction took longer than " + timeoutSeconds + " s");
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
