package dev.digest.tweetdigest.llm;

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

/** Reads the Gemini key from Secrets Manager and SSM on an emulator. */
class LlmClientsIT {
  private final AwsEmulator aws = AwsEmulator.get();

  @Test
  void geminiKey_secret_isReadFromSecretsManager() {
    String name = "digest/gemini-" + UUID.randomUUID();
    Env env = aws.env(Map.of("GEMINI_API_KEY_SECRET", name));
    AwsClients clients = AwsClients.fromEnvironment(env);
    try (SecretsManagerClient secrets =
        clients.configure(SecretsManagerClient.builder(), "SECRETSMANAGER").build()) {
      secrets.createSecret(r -> r.name(name).secretString("AIza-secret-value\n"));
    }

    String key = LlmClients.geminiKey(LlmConfig.fromEnv(env), clients);

    assertThat(key).isEqualTo("AIza-secret-value");
    assertThat(LlmClients.create(LlmConfig.fromEnv(env), env)).isInstanceOf(GeminiClient.class);
  }

  @Test
  void geminiKey_secureStringParameter_isReadDecrypted() {
    String name = "/digest/gemini-" + UUID.randomUUID();
    Env env = aws.env(Map.of("GEMINI_API_KEY_PARAMETER", name));
    AwsClients clients = AwsClients.fromEnvironment(env);
    try (SsmClient ssm = clients.configure(SsmClient.builder(), "SSM").build()) {
      ssm.putParameter(
          r -> r.name(name).value("AIza-parameter-value").type(ParameterType.SECURE_STRING));
    }

    assertThat(LlmClients.geminiKey(LlmConfig.fromEnv(env), clients))
        .isEqualTo("AIza-parameter-value");
  }

  @Test
  void geminiKey_missingSecret_failsNamingTheVariableNotTheValue() {
    Env env = aws.env(Map.of("GEMINI_API_KEY_SECRET", "digest/absent-" + UUID.randomUUID()));

    assertThatThrownBy(
            () -> LlmClients.geminiKey(LlmConfig.fromEnv(env), AwsClients.fromEnvironment(env)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("GEMINI_API_KEY_SECRET");
  }
}
