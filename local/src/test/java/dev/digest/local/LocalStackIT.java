package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole local stack against the real template and the real functions: S3, the EventBridge rule,
 * SQS with its dead-letter queues and event source filters, and each function in its own JVM.
 */
class LocalStackIT {
  private static final Path ROOT = Path.of("..");
  private static final Path SAMPLES = ROOT.resolve("samples/pdf");

  @BeforeAll
  static void functionsAreBuilt() {
    for (String module : List.of("thumbnail", "metadata", "pdf-text")) {
      assertThat(ROOT.resolve("functions").resolve(module).resolve("target/" + module + ".jar"))
          .as("every function is packaged before this module in the reactor")
          .isRegularFile();
    }
  }

  private record Run(int status, String stdout, String stderr) {}

  private static Run local(String... command) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "--template", ROOT.resolve("infrastructure/template.yaml").toString(),
            "--functions", ROOT.resolve("functions").toString(),
            "--runtime", Path.of("target", "runtime").toString()));
    args.addAll(List.of(command));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Path photo(Path dir, String name) throws IOException {
    BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, 640, 480);
    g.setColor(Color.BLUE);
    g.fillOval(160, 120, 320, 240);
    g.dispose();
    Path file = dir.resolve(name);
    ImageIO.write(image, "jpg", file.toFile());
    return file;
  }

  @Test
  void process_photoAndTextFile_writesThumbnailsAndRejectsTheText(@TempDir Path dir)
      throws IOException {
    Path photo = photo(dir, "red flower.jpg");
    Path text = Files.writeString(dir.resolve("notes.jpg"), "this is not an image\n");
    Path out = dir.resolve("out");

    Run run =
        local(
            "process",
            "--out",
            out.toString(),
            "--timeout",
            "90",
            text.toString(),
            photo.toString());

    assertThat(run.status()).as(run.stderr()).isZero();
    List<String> lines = run.stdout().lines().toList();
    assertThat(lines).as(run.stderr()).hasSize(2);
    // Whether the function rejects it at once or fails until it is dead-lettered, it is reported
    // against the file, and the photo after it is still processed.
    assertThat(lines.get(0)).matches("(rejected  |failed    )notes\\.jpg  ThumbnailFunction: .+");
    // Both consumers of uploads ran; the metadata function also tagged the upload, which the
    // emulator's object tagging has to support for it to succeed.
    assertThat(lines.get(1))
        .isEqualTo(
            "ok        red flower.jpg  ThumbnailFunction: 3 outputs;"
                + " MetadataFunction: Metadata written");
    assertThat(out.resolve("metadata/uploads/red flower.jpg.json")).isRegularFile();
    for (String size : List.of("small", "medium", "large")) {
      Path thumbnail = out.resolve("thumbnails").resolve(size).resolve("red flower.jpg");
      assertThat(thumbnail).isRegularFile();
      assertThat(ImageIO.read(thumbnail.toFile())).isNotNull();
    }
    assertThat(ImageIO.read(out.resolve("thumbnails/small/red flower.jpg").toFile()).getWidth())
        .isLessThanOrEqualTo(150);
    assertThat(out.resolve("logs/ThumbnailFunction.log"))
        .content()
        .contains("START RequestId:", "REPORT RequestId:", "\"outcome\":\"ok\"");
    // PdfTextQueue got both events too, and its filter deleted them without an invocation.
    assertThat(out.resolve("logs/PdfTextFunction.log"))
        .content()
        .doesNotContain("START RequestId:");
  }

  @Test
  void process_pdfSamples_writesTextTablesAndImagesUnderPdf(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");

    Run run =
        local(
            "process",
            "--out",
            out.toString(),
            "--timeout",
            "240",
            SAMPLES.resolve("report.pdf").toString(),
            SAMPLES.resolve("brochure.pdf").toString());

    assertThat(run.status()).as(run.stderr()).isZero();
    List<String> lines = run.stdout().lines().toList();
    assertThat(lines).as(run.stderr()).hasSize(2);
    // The thumbnail function refuses PDFs (not an image), so the line's status is its verdict;
    // what matters here is PdfTextFunction's part, after the other consumers'.
    assertThat(lines.get(0))
        .matches("rejected  report\\.pdf  ThumbnailFunction: not-an-image .*")
        .endsWith("; MetadataFunction: Metadata written; PdfTextFunction: PDF extracted");
    assertThat(lines.get(1))
        .startsWith("rejected  brochure.pdf  ")
        .endsWith("; MetadataFunction: Metadata written; PdfTextFunction: PDF extracted");
    Path report = out.resolve("pdf/uploads/report.pdf");
    assertThat(report.resolve("text.txt"))
        .content()
        .contains("Regional Sales Report", "Revenue by region", "Northwind");
    JsonNode document = Json.parse(Files.readString(report.resolve("document.json")));
    assertThat(document.toString()).contains("uploads/report.pdf");
    Path images = out.resolve("pdf/uploads/brochure.pdf/images");
    try (Stream<Path> files = Files.list(images)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList())
          .contains("p1-1.jpg", "p2-1.jpg", "p2-2.jpg", "p3-1.jpg");
    }
    assertThat(out.resolve("logs/PdfTextFunction.log"))
        .content()
        .contains("START RequestId:", "\"outcome\":\"ok\"");
  }

  @Test
  void invoke_sampleEvent_printsTheFunctionsResponse() {
    Path event = ROOT.resolve("events/thumbnail-sqs-eventbridge.json");

    Run run = local("invoke", "ThumbnailFunction", "-e", event.toString());

    // The sample names an object in a deployed account, which the local bucket does not hold:
    // the function answers, and reports that one record as failed.
    assertThat(run.status()).as(run.stderr()).isZero();
    JsonNode response = Json.parse(run.stdout().strip());
    assertThat(response.has("batchItemFailures")).isTrue();
    assertThat(run.stderr()).contains("START RequestId:", "END RequestId:");
  }

  @Test
  void invoke_unknownFunction_failsWithTheKnownNames(@TempDir Path dir) throws IOException {
    Path event = Files.writeString(dir.resolve("e.json"), "{}");

    Run run = local("invoke", "NoSuchFunction", "-e", event.toString());

    assertThat(run.status()).isEqualTo(Main.LOCAL_ERROR);
    assertThat(run.stderr())
        .contains("No Java function NoSuchFunction")
        .contains("ThumbnailFunction");
  }
}
