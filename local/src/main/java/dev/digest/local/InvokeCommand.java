package dev.digest.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code invoke}: one function, one event, as {@code sam local invoke} does it, but against the
 * emulated buckets and queues of the template and without Docker.
 */
final class InvokeCommand {
  private InvokeCommand() {}

  /**
   * Invokes a function once and prints its response.
   *
   * @param settings the template and build folders; function logs go to {@code stderr}
   * @param functionId the function's logical id
   * @param eventFile the event, as JSON
   * @param stdout where the response goes
   * @param stderr where logs and progress go
   * @return 0 when the function returned a response, 1 when it failed
   */
  static int run(
      LocalStack.Settings settings,
      String functionId,
      Path eventFile,
      PrintStream stdout,
      PrintStream stderr) {
    byte[] event;
    try {
      event = Files.readAllBytes(eventFile);
    } catch (NoSuchFileException e) {
      throw new LocalException("No such event file: " + eventFile);
    } catch (IOException e) {
      throw new LocalException("Cannot read " + eventFile + ": " + e, e);
    }
    LocalStack.Settings printed =
        new LocalStack.Settings(
            settings.template(),
            settings.functionsRoot(),
            settings.runtimeDir(),
            null,
            stderr,
            settings.parameters());
    try (LocalStack local = LocalStack.start(printed, List.of(functionId), stderr)) {
      InvocationResult result = local.host(functionId).invoke(event);
      stdout.println(result.payload());
      stdout.flush();
      if (!result.succeeded()) {
        stderr.println("local: " + functionId + " failed: " + result.describeError());
        return 1;
      }
      return 0;
    }
  }
}
