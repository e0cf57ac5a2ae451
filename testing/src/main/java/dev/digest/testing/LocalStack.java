package dev.digest.testing;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/** Starts LocalStack through Testcontainers, only where Docker and an auth token both exist. */
final class LocalStack {
  private static final String IMAGE = "localstack/localstack:4.14";

  private LocalStack() {}

  /** The edge endpoint of a started container, or empty when Docker or the token is missing. */
  static Optional<String> startIfAvailable() {
    String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
    if (token == null || token.isBlank() || !dockerAvailable()) {
      return Optional.empty();
    }
    @SuppressWarnings("resource") // Lives until the JVM exits, reaped by Testcontainers.
    LocalStackContainer container =
        new LocalStackContainer(DockerImageName.parse(IMAGE))
            .withEnv("LOCALSTACK_AUTH_TOKEN", token);
    container.start();
    return Optional.of(container.getEndpoint().toString());
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
