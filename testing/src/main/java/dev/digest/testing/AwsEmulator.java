package dev.digest.testing;

import dev.digest.shared.config.Env;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The AWS endpoint integration tests talk to, chosen once per JVM: an endpoint named by {@code
 * AWS_ENDPOINT_URL}, else LocalStack through Testcontainers when Docker and {@code
 * LOCALSTACK_AUTH_TOKEN} exist, else a moto server started from the project's venv.
 *
 * <p>With {@code CI=true} a missing emulator fails the run instead of skipping it.
 */
public final class AwsEmulator {
  /** The region every test client uses. */
  public static final String REGION = "us-east-1";

  private static AwsEmulator instance;

  private final String endpoint;
  private final String kind;

  private AwsEmulator(String endpoint, String kind) {
    this.endpoint = endpoint;
    this.kind = kind;
  }

  /** Starts the emulator on first use; later calls return the same one. */
  public static synchronized AwsEmulator get() {
    if (instance == null) {
      System.setProperty("aws.accessKeyId", "testing");
      System.setProperty("aws.secretAccessKey", "testing");
      System.setProperty("aws.region", REGION);
      instance = start();
    }
    return instance;
  }

  /** The endpoint URL, for {@code AWS_ENDPOINT_URL}. */
  public String endpoint() {
    return endpoint;
  }

  /** Which emulator answered: {@code endpoint}, {@code localstack} or {@code moto}. */
  public String kind() {
    return kind;
  }

  /** A function environment aimed at the emulator, plus the given variables. */
  public Env env(Map<String, String> variables) {
    Map<String, String> all = new HashMap<>(variables);
    all.put("AWS_REGION", REGION);
    all.put("AWS_ENDPOINT_URL", endpoint);
    return Env.of(all);
  }

  private static AwsEmulator start() {
    String configured = System.getenv("AWS_ENDPOINT_URL");
    if (configured != null && !configured.isBlank()) {
      return new AwsEmulator(configured, "endpoint");
    }
    Optional<String> localStack = LocalStack.startIfAvailable();
    if (localStack.isPresent()) {
      return new AwsEmulator(localStack.get(), "localstack");
    }
    Optional<Path> moto = findMoto();
    if (moto.isPresent()) {
      return new AwsEmulator(startMoto(moto.get()), "moto");
    }
    String message =
        "No AWS emulator: set AWS_ENDPOINT_URL, or run scripts/setup to install moto into .venv";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(message);
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }

  private static Optional<Path> findMoto() {
    String configured = System.getenv("MOTO_SERVER");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve(".venv/bin/moto_server");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  private static String startMoto(Path executable) {
    int port = freePort();
    try {
      Path log = Files.createTempFile("moto-", ".log");
      Process process =
          new ProcessBuilder(executable.toString(), "-H", "127.0.0.1", "-p", String.valueOf(port))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
      String endpoint = "http://127.0.0.1:" + port;
      waitUntilReady(endpoint, process, log);
      return endpoint;
    } catch (IOException e) {
      throw new IllegalStateException("Could not start moto server " + executable, e);
    }
  }

  private static void waitUntilReady(String endpoint, Process process, Path log)
      throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("moto server exited: " + Files.readString(log));
      }
      try {
        HttpURLConnection connection =
            (HttpURLConnection) URI.create(endpoint + "/moto-api/").toURL().openConnection();
        connection.setConnectTimeout(500);
        if (connection.getResponseCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // The server is still starting.
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("moto server did not start within 60 s");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
