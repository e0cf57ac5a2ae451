package dev.digest.tweetdigest.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.digest.tweetdigest.model.Digest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opens the rendered digest in headless Chromium (its CLI: no Selenium in the build) with the
 * screenshots served from a local stub, and checks what a reader would see. With {@code CI=true} a
 * missing Chromium fails the test instead of skipping it.
 */
class DigestEmailChromiumIT {
  private static final Path OUT = Path.of("target", "email-it");

  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> broken = Collections.synchronizedList(new ArrayList<>());
  private HttpServer images;
  private Path chromium;

  @BeforeEach
  void setUp() throws IOException {
    chromium = findChromium();
    byte[] png = png();
    images = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    images.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          requests.add(path);
          try (exchange) {
            if (path.matches("/shot-\\d+\\.png")) {
              exchange.getResponseHeaders().add("Content-Type", "image/png");
              exchange.sendResponseHeaders(200, png.length);
              exchange.getResponseBody().write(png);
            } else {
              broken.add(path);
              exchange.sendResponseHeaders(404, -1);
            }
          }
        });
    images.start();
    Files.createDirectories(OUT);
  }

  @AfterEach
  void tearDown() {
    images.stop(0);
  }

  @Test
  void render_realisticDigest_showsCardsLinksAndLoadsEveryScreenshot() throws Exception {
    String base = "http://127.0.0.1:" + images.getAddress().getPort();
    Digest digest = Digests.realistic(n -> base + "/shot-" + n + ".png");
    RenderedEmail email = new DigestEmail().render(digest);
    Path html = OUT.resolve("digest.html").toAbsolutePath();
    Files.writeString(html, email.html(), StandardCharsets.UTF_8);

    String dom = chromium("--dump-dom", html.toUri().toString());
    Path screenshot = OUT.resolve("digest.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    chromium("--screenshot=" + screenshot, "--window-size=800,3000", html.toUri().toString());

    for (Digest.Section section : digest.sections()) {
      assertThat(dom).contains("<h2").contains(Html.escape(section.category()) + "</h2>");
      for (Digest.TopPost top : section.topPosts()) {
        assertThat(HtmlChecks.attributes(dom, "a", "href")).contains(top.post().url());
      }
    }
    assertThat(HtmlChecks.tags(dom)).noneMatch(t -> t[0].equals("script"));
    List<String> srcs = HtmlChecks.attributes(dom, "img", "src");
    assertThat(srcs).hasSize(14);
    List<String> wanted = srcs.stream().map(s -> s.substring(base.length())).distinct().toList();
    assertThat(requests).containsAll(wanted);
    assertThat(broken).isEmpty();
    BufferedImage shot = ImageIO.read(screenshot.toFile());
    assertThat(shot).isNotNull();
    assertThat(shot.getWidth()).isEqualTo(800);
  }

  private String chromium(String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            chromium.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--no-first-run",
            "--virtual-time-budget=10000",
            "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path log = OUT.resolve("chromium.log");
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 120 s: " + command);
    }
    assertThat(process.exitValue()).as("chromium exit, see %s", log).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  private static Path findChromium() {
    Optional<Path> found =
        Stream.of(
                System.getenv("CHROMIUM"),
                "/usr/bin/chromium",
                "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome")
            .filter(p -> p != null && !p.isBlank())
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isEmpty()) {
      String message = "No Chromium: install chromium or set CHROMIUM";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message);
      }
      Assumptions.abort(message);
    }
    return found.orElseThrow();
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(536, 180, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xeaeef2));
    g.fillRect(0, 0, 536, 180);
    g.setColor(new Color(0x0969da));
    g.fillRect(16, 16, 200, 24);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
