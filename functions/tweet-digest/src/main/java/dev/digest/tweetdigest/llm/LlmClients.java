package dev.digest.tweetdigest.llm;

import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import dev.digest.shared.log.Log;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Builds the configured {@link LlmClient} once at init, reading the Gemini key from Secrets Manager
 * or SSM so it is never a plain environment value.
 */
public final class LlmClients {
  private static final Log LOG = Log.of(LlmClients.class);

  private LlmClients() {}

  /** The client {@code LLM_PROVIDER} asks for; Gemini without a configured key is disabled. */
  public static LlmClient create(LlmConfig config, Env env) {
    return switch (config.provider()) {
      case NONE -> new DisabledClient();
      case BEDROCK -> BedrockClient.create(config, AwsClients.fromEnvironment(env));
      case GEMINI -> {
        if (!config.hasGeminiKey()) {
          LOG.warn(
              "No Gemini key configured, categorising and summarising offline",
              "variables",
              "GEMINI_API_KEY_SECRET, GEMINI_API_KEY_PARAMETER");
          yield new DisabledClient();
        }
        yield GeminiClient.of(config, geminiKey(config, AwsClients.fromEnvironment(env)));
      }
    };
  }

  /**
   * Reads the key from the secret ({@code GEMINI_API_KEY_SECRET}) or else the SecureString
   * parameter ({@code GEMINI_API_KEY_PARAMETER}); failures name the variable, never the value.
   */
  public static String geminiKey(LlmConfig config, AwsClients aws) {
    String key;
    String variable;
    if (config.geminiKeySecret() != null) {
      variable = "GEMINI_API_KEY_SECRET";
      try (SecretsManagerClient secrets =
          aws.configure(SecretsManagerClient.builder(), "SECRETSMANAGER").build()) {
        key = secrets.getSecretValue(r -> r.secretId(config.geminiKeySecret())).secretString();
      } catch (SdkException e) {
        throw new ConfigurationException(
            "Could not read the secret named by " + variable + ": " + e.getMessage());
      }
    } else if (config.geminiKeyParameter() != null) {
      variable = "GEMINI_API_KEY_PARAMETER";
      try (SsmClient ssm = aws.configure(SsmClient.builder(), "SSM").build()) {
        key =
            ssm.getParameter(r -> r.name(config.geminiKeyParameter()).withDecryption(true))
                .parameter()
                .value();
      } catch (SdkException e) {
        throw new ConfigurationException(
            "Could not read the parameter named by " + variable + ": " + e.getMessage());
      }
    } else {
      throw new ConfigurationException(
          "Environment variable GEMINI_API_KEY_SECRET or GEMINI_API_KEY_PARAMETER is required");
    }
    if (key == null || key.isBlank()) {
      throw new ConfigurationException("The Gemini key named by " + variable + " is empty");
    }
    return key.strip();
  }
}
