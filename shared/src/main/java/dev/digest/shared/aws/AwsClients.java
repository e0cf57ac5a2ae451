package dev.digest.shared.aws;

import dev.digest.shared.config.Env;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The one place SDK clients are built, so every client shares a light HTTP client, an explicit
 * region and the emulator endpoint override.
 */
public final class AwsClients {
  /** The SDK's standard variable for pointing every client at one endpoint, such as an emulator. */
  public static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";

  private final Region region;
  private final Optional<URI> endpoint;
  private final SdkHttpClient httpClient;

  private AwsClients(Region region, Optional<URI> endpoint) {
    this.region = region;
    this.endpoint = endpoint;
    this.httpClient =
        UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(5))
            .socketTimeout(Duration.ofSeconds(30))
            .build();
  }

  /** Reads {@code AWS_REGION} (required) and {@code AWS_ENDPOINT_URL} (optional). */
  public static AwsClients fromEnvironment(Env env) {
    Region region = Region.of(env.require("AWS_REGION"));
    Optional<URI> endpoint = Optional.ofNullable(env.get(ENDPOINT_VARIABLE, null)).map(URI::create);
    return new AwsClients(region, endpoint);
  }

  /** The region every client uses. */
  public Region region() {
    return region;
  }

  /** The endpoint override, present only when an emulator stands in for AWS. */
  public Optional<URI> endpoint() {
    return endpoint;
  }

  /** An S3 client; path-style addressing when an emulator is the endpoint. */
  public S3Client s3() {
    return configure(S3Client.builder()).forcePathStyle(endpoint.isPresent()).build();
  }

  /** Applies region, HTTP client, retries and endpoint to any service's client builder. */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder) {
    builder
        .region(region)
        .httpClient(httpClient)
        .overrideConfiguration(
            ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(60)).build());
    endpoint.ifPresent(builder::endpointOverride);
    return builder;
  }
}
