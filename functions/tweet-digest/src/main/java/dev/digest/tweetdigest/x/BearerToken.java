package dev.digest.tweetdigest.x;

import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.ConfigurationException;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/**
 * The X API bearer token, read once from Secrets Manager or an SSM SecureString and never from a
 * plain variable, so the secret stays out of the template, the environment and the logs.
 *
 * <p>The secret's string (or the parameter's decrypted value) is the token itself. Errors name
 * where the token was looked for, never the value.
 */
public final class BearerToken {
  private final String location;
  private final Supplier<String> reader;
  private volatile String value;

  private BearerToken(String location, Supplier<String> reader) {
    this.location = location;
    this.reader = reader;
  }

  /**
   * The token from whichever of {@code X_BEARER_TOKEN_SECRET} and {@code X_BEARER_TOKEN_PARAMETER}
   * is set; fails naming both when neither or both are.
   */
  public static BearerToken fromConfig(XConfig config, AwsClients aws) {
    boolean secret = config.tokenSecret() != null;
    boolean parameter = config.tokenParameter() != null;
    if (secret == parameter) {
      throw new ConfigurationException(
          "Exactly one of "
              + XConfig.TOKEN_SECRET
              + " (Secrets Manager secret id or ARN) and "
              + XConfig.TOKEN_PARAMETER
              + " (SSM SecureString name) must be set for the X API, "
              + (secret ? "both are" : "neither is"));
    }
    return secret
        ? secretsManager(
            aws.configure(SecretsManagerClient.builder(), "SECRETSMANAGER").build(),
            config.tokenSecret())
        : parameterStore(
            aws.configure(SsmClient.builder(), "SSM").build(), config.tokenParameter());
  }

  /** The token in a Secrets Manager secret's string. */
  public static BearerToken secretsManager(SecretsManagerClient client, String secretId) {
    String location = "Secrets Manager secret " + secretId;
    return new BearerToken(
        location,
        () -> {
          try {
            return client.getSecretValue(b -> b.secretId(secretId)).secretString();
          } catch (ResourceNotFoundException e) {
            throw new ConfigurationException(
                location + " (" + XConfig.TOKEN_SECRET + ") does not exist");
          } catch (SdkException e) {
            throw new ConfigurationException(
                "Could not read the X bearer token from " + location + ": " + e.getMessage());
          }
        });
  }

  /** The token in an SSM SecureString parameter, decrypted. */
  public static BearerToken parameterStore(SsmClient client, String name) {
    String location = "SSM parameter " + name;
    return new BearerToken(
        location,
        () -> {
          try {
            return client.getParameter(b -> b.name(name).withDecryption(true)).parameter().value();
          } catch (ParameterNotFoundException e) {
            throw new ConfigurationException(
                location + " (" + XConfig.TOKEN_PARAMETER + ") does not exist");
          } catch (SdkException e) {
            throw new ConfigurationException(
                "Could not read the X bearer token from " + location + ": " + e.getMessage());
          }
        });
  }

  /** A token known in advance, for tests against a stub. */
  static BearerToken fixed(String token) {
    Objects.requireNonNull(token, "token");
    return new BearerToken("a fixed token", () -> token);
  }

  /** The token, read on first use and kept; fails naming the location when it is missing. */
  public String value() {
    String current = value;
    if (current == null) {
      synchronized (this) {
        current = value;
        if (current == null) {
          String read = reader.get();
          if (read == null || read.isBlank()) {
            throw new ConfigurationException(
                "The X bearer token in " + location + " is empty or not a string");
          }
          current = read.strip();
          value = current;
        }
      }
    }
    return current;
  }

  /** Where the token comes from; never the token. */
  @Override
  public String toString() {
    return "BearerToken[" + location + "]";
  }
}
