package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code demo}: every sample through the whole pipeline into {@code out/}, then a tour of what came
 * out. Each stage is a {@link Step}, so a new feature adds a step rather than rewriting the demo.
 */
final class Demo {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** How long the demo waits for the functions to finish the samples. */
  static final Duration TIMEOUT = Duration.ofMinutes(5);

  /** One stage of the demo. */
  interface Step {
    /** Runs the stage; later stages see what earlier ones left in the context. */
    void run(Context context);
  }

  /** What the stages share. */
  static final class Context {
    private final LocalStack.Settings settings;
    private final Path samples;
    private final Path out;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private ProcessCommand.Result processed;

    Context(
        LocalStack.Settings settings,
        Path samples,
        Path out,
        PrintStream stdout,
        PrintStream stderr) {
      this.settings = settings;
      this.samples = samples;
      this.out = out;
      this.stdout = stdout;
      this.stderr = stderr;
    }
  }

  /** The stages, in order. */
  private static final List<Map.Entry<String, Step>> STEPS =
      List.of(
          Map.entry("Process every sample", Demo::processSamples),
          Map.entry("Where the outputs are", Demo::showOutputs),
          Map.entry("What the uploads are (metadata/)", Demo::showMetadata),
          Map.entry("What the PDFs hold (pdf/)", Demo::showPdfs));

  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param settings the template and build folders
   * @param samples the folder of sample files ({@code samples/})
   * @param out the output folder ({@code out/}), emptied first
   */
  static int run(
      LocalStack.Settings settings,
      Path samples,
      Path out,
      PrintStream stdout,
      PrintStream stderr) {
    Context context = new Context(settings, samples, out, stdout, stderr);
    for (Map.Entry<String, Step> step : STEPS) {
      stdout.println();
      stdout.println("== " + step.getKey());
      step.getValue().run(context);
    }
    return 0;
  }

  private static void processSamples(Context context) {
    // A sample's sources (samples/pdf/src/ holds the HTML the PDFs are printed from) are no
    // upload of their own.
    List<ProcessCommand.Input> inputs =
        Files.isDirectory(context.samples)
            ? ProcessCommand.inputs(List.of(context.samples)).stream()
                .filter(input -> !input.name().matches("(.*/)?src/.*"))
                .toList()
            : List.of();
    if (inputs.isEmpty()) {
      context.stdout.println("No files under " + context.samples + ": nothing to process.");
      return;
    }
    deleteTree(context.out);
    context.processed =
        ProcessCommand.run(
            context.settings, context.out, TIMEOUT, inputs, context.stdout, context.stderr);
  }

  /** Lists the outputs by folder, two levels deep: {@code thumbnails/small}, ... */
  private static void showOutputs(Context context) {
    if (context.processed == null) {
      context.stdout.println("No outputs.");
      return;
    }
    Map<String, List<Path>> groups = new TreeMap<>();
    for (Path file : context.processed.outputs()) {
      Path relative = context.out.relativize(file);
      String group =
          relative.getNameCount() > 2
              ? relative.subpath(0, 2).toString()
              : relative.getNameCount() == 2 ? relative.getName(0).toString() : ".";
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(file);
    }
    if (groups.isEmpty()) {
      context.stdout.println("The functions wrote nothing (see the lines above and the logs).");
    }
    for (Map.Entry<String, List<Path>> group : groups.entrySet()) {
      List<Path> files = group.getValue().stream().sorted().toList();
      context.stdout.println(
          context.out.resolve(group.getKey())
              + "/  ("
              + files.size()
              + (files.size() == 1 ? " file)" : " files)"));
      files.stream().limit(10).forEach(f -> context.stdout.println("  " + f));
      if (files.size() > 10) {
        context.stdout.println("  ... and " + (files.size() - 10) + " more");
      }
    }
    context.stdout.println("Function logs: " + context.out.resolve("logs"));
  }

  /** One line per metadata document: real type, verdict, camera, capture time and place. */
  private static void showMetadata(Context context) {
    List<Path> documents = documents(context, "metadata", name -> name.endsWith(".json"));
    if (documents == null) {
      context.stdout.println("No metadata documents.");
      return;
    }
    context.stdout.printf(
        "%-34s %-6s %-28s %-26s %-20s %s%n",
        "upload", "type", "verdict", "camera / video", "captured", "GPS");
    for (Path document : documents) {
      JsonNode doc = read(context, document);
      if (doc == null) {
        continue;
      }
      JsonNode image = doc.path("image");
      String verdict =
          doc.at("/validation/status").asText()
              + (doc.at("/validation/reason").isTextual()
                  ? " (" + doc.at("/validation/reason").asText() + ")"
                  : "");
      JsonNode video = doc.path("video");
      String camera =
          video.isObject()
              ? String.format(
                  java.util.Locale.ROOT,
                  "%s %sx%s, %.1f s",
                  text(video, "codec"),
                  text(video, "width"),
                  text(video, "height"),
                  video.path("durationSeconds").asDouble())
              : (text(image, "make") + " " + text(image, "model")).strip();
      String gps =
          image.path("gps").isObject()
              ? String.format(
                  java.util.Locale.ROOT,
                  "%.4f, %.4f",
                  image.at("/gps/latitude").asDouble(),
                  image.at("/gps/longitude").asDouble())
              : "";
      context.stdout.printf(
          "%-34s %-6s %-28s %-26s %-20s %s%n",
          doc.at("/source/key").asText().replaceFirst("^uploads/", ""),
          doc.at("/type/detected").asText() + (doc.at("/type/mismatch").asBoolean() ? "!" : ""),
          verdict,
          camera,
          text(image, "captureTime"),
          gps);
    }
    context.stdout.println("('!' after a type: the name or Content-Type claimed another type)");
  }

  /**
   * One line per PDF document: pages, words, tables found, the design-heavy verdict and the images
   * exported (only a design-heavy document's images are).
   */
  private static void showPdfs(Context context) {
    List<Path> documents = documents(context, "pdf", name -> name.equals("document.json"));
    if (documents == null) {
      context.stdout.println("No PDF documents.");
      return;
    }
    context.stdout.printf(
        "%-34s %6s %7s %7s %-14s %s%n",
        "upload", "pages", "words", "tables", "design-heavy", "images");
    for (Path document : documents) {
      JsonNode doc = read(context, document);
      if (doc == null) {
        continue;
      }
      int words = 0;
      int tables = 0;
      for (JsonNode page : doc.path("pages")) {
        words += page.path("wordCount").asInt();
        tables += page.path("tables").size();
      }
      context.stdout.printf(
          "%-34s %6d %7d %7d %-14s %d%n",
          doc.at("/source/key").asText().replaceFirst("^uploads/", ""),
          doc.path("pageCount").asInt(),
          words,
          tables,
          doc.at("/layout/designHeavy").asBoolean() ? "yes" : "no",
          doc.path("images").size());
    }
  }

  /** The files under {@code out/<dir>} whose names match, in path order; null without the dir. */
  private static List<Path> documents(Context context, String dir, Predicate<String> fileName) {
    Path root = context.out.resolve(dir);
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> fileName.test(f.getFileName().toString())).sorted().toList();
    } catch (IOException e) {
      throw new LocalException("Cannot read " + root + ": " + e, e);
    }
  }

  /** A JSON document, or null after saying it cannot be parsed. */
  private static JsonNode read(Context context, Path document) {
    try {
      return MAPPER.readTree(document.toFile());
    } catch (IOException e) {
      context.stdout.println(document + ": unreadable (" + e.getMessage() + ")");
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : "";
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new LocalException("Cannot empty " + dir + ": " + e, e);
    }
  }
}
