package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.digest.local.LocalStack.Upload;
import dev.digest.local.Outcomes.FileOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * {@code process}: uploads files as a client would, lets S3, EventBridge, SQS and the functions do
 * their work, then copies what the functions wrote into a folder and prints one line per file.
 */
final class ProcessCommand {
  /**
   * What a run produced.
   *
   * @param outcomes one per file, in upload order
   * @param outputs the files copied out of the derived buckets
   * @param drained whether every queue emptied before the timeout
   */
  record Result(List<FileOutcome> outcomes, List<Path> outputs, boolean drained) {
    /** Copies the lists. */
    Result {
      outcomes = List.copyOf(outcomes);
      outputs = List.copyOf(outputs);
    }
  }

  /**
   * A file to upload.
   *
   * @param file where it is
   * @param name its name in the run and in the key, such as {@code photos/a.jpg}
   */
  record Input(Path file, String name) {}

  private ProcessCommand() {}

  /**
   * Runs files through the stack.
   *
   * @param settings the template and build folders; its logs folder is replaced by {@code out/logs}
   * @param out where outputs and logs go
   * @param timeout how long to wait for the queues to drain
   * @param inputs files to upload
   * @param stdout where the summary lines go
   * @param stderr where progress goes
   */
  static Result run(
      LocalStack.Settings settings,
      Path out,
      Duration timeout,
      List<Input> inputs,
      PrintStream stdout,
      PrintStream stderr) {
    LocalStack.Settings withLogs =
        new LocalStack.Settings(
            settings.template(),
            settings.functionsRoot(),
            settings.runtimeDir(),
            out.resolve("logs"),
            null,
            settings.parameters());
    try (LocalStack local = LocalStack.start(withLogs, null, stderr)) {
      UploadTarget target = UploadTarget.find(local.stack());
      List<Upload> uploads = new ArrayList<>();
      for (Input input : inputs) {
        uploads.add(
            local.upload(
                target.bucket(), target.prefix() + input.name(), input.file(), input.name()));
      }
      stderr.println(
          "local: uploaded "
              + uploads.size()
              + (uploads.size() == 1 ? " file" : " files")
              + " to s3://"
              + target.bucket().name()
              + "/"
              + target.prefix()
              + "; waiting for the functions");
      boolean drained = local.awaitDrained(timeout);
      if (!drained) {
        stderr.println(
            "local: queues still busy after "
                + timeout.toSeconds()
                + " s; reporting what finished");
      }
      local.stopFunctions();
      Map<String, List<JsonNode>> deadLetters = new LinkedHashMap<>();
      local.deadLetters().forEach((queue, messages) -> deadLetters.put(queue, letters(messages)));
      List<Path> outputs = local.mirror(out, List.of(target.bucket()));
      Map<String, List<JsonNode>> logs = new LinkedHashMap<>();
      for (FunctionSpec function : local.stack().functions()) {
        FunctionLog log = local.log(function.logicalId());
        if (log != null) {
          logs.put(function.logicalId(), log.jsonLines());
        }
      }
      Outcomes outcomes = new Outcomes(local.stack(), local.ledger(), logs, deadLetters);
      List<FileOutcome> results = uploads.stream().map(outcomes::of).toList();
      results.forEach(r -> stdout.println(r.line()));
      stderr.println(
          "local: "
              + outputs.size()
              + " output files under "
              + out
              + ", function logs under "
              + out.resolve("logs"));
      return new Result(results, outputs, drained);
    }
  }

  /**
   * The files to upload: a file by its name, a folder's files by their path inside it. A name
   * already taken gets a number, so no upload overwrites another.
   */
  static List<Input> inputs(List<Path> paths) {
    List<Input> inputs = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            inputs.add(new Input(file, unique(relative(path, file), names)));
          }
        } catch (IOException e) {
          throw new LocalException("Cannot list " + path + ": " + e, e);
        }
      } else if (Files.isRegularFile(path)) {
        Path fileName = path.getFileName();
        inputs.add(new Input(path, unique(fileName == null ? "file" : fileName.toString(), names)));
      } else {
        throw new LocalException("No such file: " + path);
      }
    }
    return inputs;
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    String stem = dot > slash + 1 ? name.substring(0, dot) : name;
    String extension = dot > slash + 1 ? name.substring(dot) : "";
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = stem + "-" + n + extension;
    }
    return candidate;
  }

  private static List<JsonNode> letters(List<Message> messages) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return messages.stream()
        .map(
            m ->
                (JsonNode) nodes.objectNode().put("messageId", m.messageId()).put("body", m.body()))
        .toList();
  }
}
