package dev.digest.tweetdigest.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the X settings and choosing where the bearer token comes from. */
class XConfigTest {

  @Test
  void fromEnv_nothingSet_usesDefaults() {
    XConfig config = XConfig.fromEnv(Env.of(Map.of()));

    assertThat(config.baseUrl()).isEqualTo(URI.create("https://api.x.com"));
    assertThat(config.excludeRetweets()).isTrue();
    assertThat(config.excludeReplies()).isTrue();
    assertThat(config.concurrency()).isEqualTo(4);
    assertThat(config.maxAttempts()).isEqualTo(4);
    assertThat(config.excludeParameter()).isEqualTo("retweets,replies");
  }

  @Test
  void fromEnv_everythingSet_readsEachVariable() {
    XConfig config =
        XConfig.fromEnv(
            Env.of(
                Map.of(
                    "X_API_BASE_URL", "http://127.0.0.1:8080/",
                    "X_EXCLUDE_RETWEETS", "false",
                    "X_EXCLUDE_REPLIES", "TRUE",
                    "X_CONCURRENCY", "8",
                    "X_MAX_ATTEMPTS", "2",
                    "X_BEARER_TOKEN_PARAMETER", "/digest/x-token")));

    assertThat(config.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(config.excludeParameter()).isEqualTo("replies");
    assertThat(config.concurrency()).isEqualTo(8);
    assertThat(config.maxAttempts()).isEqualTo(2);
    assertThat(config.tokenParameter()).isEqualTo("/digest/x-token");
    assertThat(config.tokenSecret()).isNull();
  }

  @Test
  void fromEnv_notABoolean_failsNamingTheVariable() {
    assertThatThrownBy(() -> XConfig.fromEnv(Env.of(Map.of("X_EXCLUDE_REPLIES", "yes"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("X_EXCLUDE_REPLIES");
  }

  @Test
  void fromEnv_notAUrl_failsNamingTheVariable() {
    assertThatThrownBy(() -> XConfig.fromEnv(Env.of(Map.of("X_API_BASE_URL", "api.x.com"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("X_API_BASE_URL");
  }

  @Test
  void fromEnv_concurrencyOutOfRange_failsNamingTheVariable() {
    assertThatThrownBy(() -> XConfig.fromEnv(Env.of(Map.of("X_CONCURRENCY", "100"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("X_CONCURRENCY");
  }

  @Test
  void bearerToken_neitherLocationSet_failsNamingBoth() {
    XConfig config = XConfig.fromEnv(Env.of(Map.of()));
    AwsClients aws = AwsClients.fromEnvironment(Env.of(Map.of("AWS_REGION", "us-east-1")));

    assertThatThrownBy(() -> BearerToken.fromConfig(config, aws))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("X_BEARER_TOKEN_SECRET")
        .hasMessageContaining("X_BEARER_TOKEN_PARAMETER")
        .hasMessageContaining("neither");
  }

  @Test
  void bearerToken_bothLocationsSet_failsNamingBoth() {
    XConfig config =
        XConfig.fromEnv(
            Env.of(
                Map.of(
                    "X_BEARER_TOKEN_SECRET", "digest/x",
                    "X_BEARER_TOKEN_PARAMETER", "/digest/x")));
    AwsClients aws = AwsClients.fromEnvironment(Env.of(Map.of("AWS_REGION", "us-east-1")));

    assertThatThrownBy(() -> BearerToken.fromConfig(config, aws))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("X_BEARER_TOKEN_SECRET")
        .hasMessageContaining("X_BEARER_TOKEN_PARAMETER")
        .hasMessageContaining("both");
  }

  @Test
  void bearerToken_toString_neverShowsTheToken() {
    BearerToken token = BearerToken.fixed("s3cr3t-value");

    assertThat(token.value()).isEqualTo("s3cr3t-value");
    assertThat(token.toString()).doesNotContain("s3cr3t-value");
  }
}
