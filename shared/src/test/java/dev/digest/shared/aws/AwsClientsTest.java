package dev.digest.shared.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.config.Env;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsClientsTest {
  @Test
  void fromEnvironment_noRegion_failsNamingAwsRegion() {
    assertThatThrownBy(() -> AwsClients.fromEnvironment(Env.of(Map.of())))
        .hasMessageContaining("AWS_REGION");
  }

  @Test
  void endpoint_serviceSpecificVariable_winsOverGeneral() {
    AwsClients clients =
        AwsClients.fromEnvironment(
            Env.of(
                Map.of(
                    "AWS_REGION", "eu-west-1",
                    "AWS_ENDPOINT_URL", "http://127.0.0.1:5000",
                    "AWS_ENDPOINT_URL_SQS", "http://127.0.0.1:9324")));

    assertThat(clients.endpoint("SQS")).contains(URI.create("http://127.0.0.1:9324"));
    assertThat(clients.endpoint("S3")).contains(URI.create("http://127.0.0.1:5000"));
    assertThat(clients.region().id()).isEqualTo("eu-west-1");
  }

  @Test
  void endpoint_noVariables_isEmptySoTheSdkUsesAws() {
    AwsClients clients = AwsClients.fromEnvironment(Env.of(Map.of("AWS_REGION", "us-east-1")));

    assertThat(clients.endpoint("S3")).isEmpty();
  }

  @Test
  void s3_withEndpoint_buildsPathStyleClientForThatEndpoint() {
    AwsClients clients =
        AwsClients.fromEnvironment(
            Env.of(Map.of("AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:1")));

    try (var s3 = clients.s3()) {
      assertThat(s3.serviceClientConfiguration().endpointOverride())
          .contains(URI.create("http://127.0.0.1:1"));
    }
  }

  @Test
  void lambda_withEndpoint_buildsClientForThatEndpointWithoutSdkRetries() {
    AwsClients clients =
        AwsClients.fromEnvironment(
            Env.of(
                Map.of(
                    "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL_LAMBDA", "http://127.0.0.1:1")));

    try (var lambda = clients.lambda()) {
      var configuration = lambda.serviceClientConfiguration();
      assertThat(configuration.endpointOverride()).contains(URI.create("http://127.0.0.1:1"));
      assertThat(configuration.overrideConfiguration().retryStrategy())
          .hasValueSatisfying(strategy -> assertThat(strategy.maxAttempts()).isEqualTo(1));
      assertThat(configuration.overrideConfiguration().apiCallTimeout()).isPresent();
    }
  }
}
