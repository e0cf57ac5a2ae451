package dev.digest.shared.config;

/** Thrown at init when the environment is incomplete or wrong, naming the variable at fault. */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the variable. */
  public ConfigurationException(String message) {
    super(message);
  }
}
