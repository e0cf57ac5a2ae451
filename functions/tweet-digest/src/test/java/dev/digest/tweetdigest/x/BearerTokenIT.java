package dev.digest.tweetdigest.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import dev.digest.testing.AwsEmulator;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** Reads the bearer token from Secrets Manager and SSM on an emulator. */
class BearerTokenIT {
  private final AwsEmulator aws = AwsEmulator.get();
  private final String suffix = UUID.randomUUID().toString();

  private BearerToken token(Map<String, String> variables) {
    Env env = aws.env(variables);
    return BearerToken.fromConfig(XConfig.fromEnv(env), AwsClients.fromEnvironment(env));
  }

  @Test
  void value_secretInSecretsManager_isRead() {
    AwsClients clients = AwsClients.fromEnvironment(aws.env(Map.of()));
    String name = "digest/x-bearer-" + suffix;
    try (SecretsManagerClient secrets =
        clients.configure(SecretsManagerClient.builder(), "SECRETSMANAGER").build()) {
      secrets.createSecret(b -> b.name(name).secretString("AAAA-secret-token\n"));
    }

    assertThat(token(Map.of("X_BEARER_TOKEN_SECRET", name)).value()).isEqualTo("AAAA-secret-token");
  }

  @Test
  void value_secureStringInSsm_isReadDecrypted() {
    AwsClients clients = AwsClients.fromEnvironment(aws.env(Map.of()));
    String name = "/digest/x-bearer-" + suffix;
    try (SsmClient ssm = clients.configure(SsmClient.builder(), "SSM").build()) {
      ssm.putParameter(
          b -> b.name(name).type(ParameterType.SECURE_STRING).value("BBBB-parameter-token"));
    }

    assertThat(token(Map.of("X_BEARER_TOKEN_PARAMETER", name)).value())
        .isEqualTo("BBBB-parameter-token");
  }

  @Test
  void value_missingSecret_failsNamingItWithoutAnyValue() {
    String name = "digest/missing-" + suffix;
    BearerToken token = token(Map.of("X_BEARER_TOKEN_SECRET", name));

    assertThatThrownBy(token::value)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(name)
        .hasMessageContaining("X_BEARER_TOKEN_SECRET")
        .hasMessageNotContaining("AAAA")
        .hasMessageNotContaining("Bearer ");
  }

  @Test
  void value_missingParameter_failsNamingIt() {
    String name = "/digest/missing-" + suffix;
    BearerToken token = token(Map.of("X_BEARER_TOKEN_PARAMETER", name));

    assertThatThrownBy(token::value)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(name)
        .hasMessageContaining("X_BEARER_TOKEN_PARAMETER");
  }
}
