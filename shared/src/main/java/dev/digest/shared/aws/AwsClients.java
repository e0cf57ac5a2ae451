package dev.digest.shared.aws;

import dev.digest.shared.config.Env;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The one place SDK clients are built, so every client shares a light HTTP client, an explicit
 * region and the emulator endpoint override.
 *
 * <p>Endpoints follow the SDK's standard variables: {@code AWS_ENDPOINT_URL_<SERVICE>} (for example
 * {@code AWS_ENDPOINT_URL_S3}) wins over {@code AWS_ENDPOINT_URL}. In AWS neither is set.
 */
public final class AwsClients {
  /** The SDK's standard variable for pointing every client at one endpoint, such as an emulator. */
  public static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";

  private final Env env;
  private final Region region;
  private final SdkHttpClient httpClient;

  private AwsClients(Env env, Region region) {
    this.env = env;
    this.region = region;
    this.httpClient =
        UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(5))
            .socketTimeout(Duration.ofSeconds(30))
            .build();
  }

  /** Reads {@code AWS_REGION} (required) and the endpoint variables (optional). */
  public static AwsClients fromEnvironment(Env env) {
    return new AwsClients(env, Region.of(env.require("AWS_REGION")));
  }

  /** The region every client uses. */
  public Region region() {
    return region;
  }

  /**
   * The endpoint override for a service, such as {@code S3} or {@code SQS}; empty in AWS.
   *
   * @param service the service's SDK id, upper-case with spaces as underscores
   */
  public Optional<URI> endpoint(String service) {
    String specific = ENDPOINT_VARIABLE + "_" + service.toUpperCase(Locale.ROOT).replace(' ', '_');
    return Optional.ofNullable(env.get(specific, env.get(ENDPOINT_VARIABLE, null)))
        .map(URI::create);
  }

  /** An S3 client; path-style addressing when an emulator is the endpoint. */
  public S3Client s3() {
    return configure(S3Client.builder(), "S3").forcePathStyle(endpoint("S3").isPresent()).build();
  }

  /**
   * A Lambda client with the SDK's retries off: whoever invokes a function owns the retries,
   * because a function's own failure arrives as a successful response that the SDK would not retry,
   * and retrying at two levels would multiply the attempts. SentimentClient is such a caller.
   */
  public LambdaClient lambda() {
    LambdaClientBuilder builder = configure(LambdaClient.builder(), "LAMBDA");
    return builder
        .overrideConfiguration(
            builder.overrideConfiguration().toBuilder()
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .build())
        .build();
  }

  /**
   * Applies region, HTTP client, timeouts and endpoint to any service's client builder.
   *
   * @param builder the service client's builder
   * @param service the service's SDK id for endpoint variables, such as {@code SQS}
   */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(
      B builder, String service) {
    builder
        .region(region)
        .httpClient(httpClient)
        .overrideConfiguration(
            ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(60)).build());
    endpoint(service).ifPresent(builder::endpointOverride);
    return builder;
  }
}
