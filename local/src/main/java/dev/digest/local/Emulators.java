package dev.digest.local;

import java.net.URI;
import java.time.Duration;
import org.apache.pekko.http.scaladsl.Http;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * S3 (s3proxy, in memory) and SQS (ElasticMQ) inside this JVM on free loopback ports, so a run
 * needs no Docker, no network and no cleanup: everything is gone when the process ends.
 */
final class Emulators implements AutoCloseable {
  /** The access key every local client signs with; s3proxy checks the signatures. */
  static final String ACCESS_KEY = "local";

  /** The secret key that goes with {@link #ACCESS_KEY}. */
  static final String SECRET_KEY = "local";

  private final S3Proxy s3proxy;
  private final SQSRestServer elasticMq;
  private final URI s3Endpoint;
  private final URI sqsEndpoint;
  private final SdkHttpClient http;
  private final S3Client s3;
  private final SqsClient sqs;

  private Emulators(S3Proxy s3proxy, SQSRestServer elasticMq, URI s3Endpoint, URI sqsEndpoint) {
    this.s3proxy = s3proxy;
    this.elasticMq = elasticMq;
    this.s3Endpoint = s3Endpoint;
    this.sqsEndpoint = sqsEndpoint;
    this.http =
        UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(5))
            .socketTimeout(Duration.ofSeconds(30))
            .build();
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    Region region = Region.of(LocalAccount.DEFAULT.region());
    this.s3 =
        S3Client.builder()
            .region(region)
            .credentialsProvider(credentials)
            .endpointOverride(s3Endpoint)
            .forcePathStyle(true)
            .httpClient(http)
            .build();
    this.sqs =
        SqsClient.builder()
            .region(region)
            .credentialsProvider(credentials)
            .endpointOverride(sqsEndpoint)
            .httpClient(http)
            .build();
  }

  /** Starts both emulators on 127.0.0.1 with ports the system picks. */
  static Emulators start(LocalAccount account) {
    quietLogging();
    S3Proxy s3proxy = startS3();
    SQSRestServer elasticMq;
    try {
      elasticMq =
          SQSRestServerBuilder.withInterface("127.0.0.1")
              .withDynamicPort()
              .withAWSAccountId(account.accountId())
              .withAWSRegion(account.region())
              .start();
    } catch (RuntimeException e) {
      stopQuietly(s3proxy);
      throw new LocalException("The SQS emulator (ElasticMQ) did not start: " + e, e);
    }
    Http.ServerBinding binding = elasticMq.waitUntilStarted();
    URI s3Endpoint = URI.create("http://127.0.0.1:" + s3proxy.getPort());
    URI sqsEndpoint = URI.create("http://127.0.0.1:" + binding.localAddress().getPort());
    return new Emulators(s3proxy, elasticMq, s3Endpoint, sqsEndpoint);
  }

  private static S3Proxy startS3() {
    S3Proxy s3proxy =
        S3Proxy.builder()
            .blobStore(new TransientNio2BlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            // Nothing is in flight when the run ends: no need for a graceful wait.
            .stopTimeout(0)
            .build();
    try {
      ObjectTagging.install(s3proxy);
      s3proxy.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!"STARTED".equals(s3proxy.getState())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("state " + s3proxy.getState() + " after 20 s");
        }
        Thread.sleep(10);
      }
      return s3proxy;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopQuietly(s3proxy);
      throw new LocalException("Interrupted while starting the S3 emulator", e);
    } catch (Exception e) {
      stopQuietly(s3proxy);
      throw new LocalException("The S3 emulator (s3proxy) did not start: " + e, e);
    }
  }

  /** Emulator chatter goes to stderr at WARN and above; stdout is the runner's own output. */
  private static void quietLogging() {
    System.setProperty("pekko.loglevel", "WARNING");
    System.setProperty("pekko.stdout-loglevel", "WARNING");
    System.setProperty("pekko.log-dead-letters", "off");
    System.setProperty("pekko.log-dead-letters-during-shutdown", "off");
    System.setProperty("pekko.coordinated-shutdown.run-by-jvm-shutdown-hook", "off");
  }

  /** The S3 endpoint, for {@code AWS_ENDPOINT_URL_S3}. */
  URI s3Endpoint() {
    return s3Endpoint;
  }

  /** The SQS endpoint, for {@code AWS_ENDPOINT_URL_SQS}. */
  URI sqsEndpoint() {
    return sqsEndpoint;
  }

  /** A client of the S3 emulator. */
  S3Client s3() {
    return s3;
  }

  /** A client of the SQS emulator. */
  SqsClient sqs() {
    return sqs;
  }

  @Override
  public void close() {
    s3.close();
    sqs.close();
    http.close();
    try {
      elasticMq.stopAndWait();
    } catch (RuntimeException e) {
      // Stopping is best effort: the process is ending anyway.
    }
    stopQuietly(s3proxy);
  }

  private static void stopQuietly(S3Proxy s3proxy) {
    try {
      s3proxy.stop();
    } catch (Exception e) {
      // Stopping is best effort: the process is ending anyway.
    }
  }
}
