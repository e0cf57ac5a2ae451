package dev.digest.shared.config;

import java.util.Map;
import java.util.Objects;

/** Reads configuration from environment variables once, so a missing variable fails at init. */
public final class Env {
  private final Map<String, String> values;

  private Env(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** The process environment, as Lambda sets it from the template. */
  public static Env system() {
    return new Env(System.getenv());
  }

  /** A fixed set of variables, for tests and tools. */
  public static Env of(Map<String, String> values) {
    return new Env(Objects.requireNonNull(values, "values"));
  }

  /** Returns the value of a variable that must be present and non-blank. */
  public String require(String name) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new ConfigurationException("Missing required environment variable " + name);
    }
    return value.strip();
  }

  /** Returns the value of a variable, or the fallback when it is absent or blank. */
  public String get(String name, String fallback) {
    String value = values.get(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  /** Returns a whole-number variable, rejecting values outside [min, max] by name. */
  public long getLong(String name, long fallback, long min, long max) {
    String raw = get(name, null);
    if (raw == null) {
      return fallback;
    }
    long value;
    try {
      value = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new ConfigurationException(
          "Environment variable " + name + " must be a whole number, got '" + raw + "'");
    }
    if (value < min || value > max) {
      throw new ConfigurationException(
          "Environment variable "
              + name
              + " must be between "
              + min
              + " and "
              + max
              + ", got "
              + value);
    }
    return value;
  }

  /** Returns an int variable, rejecting values outside [min, max] by name. */
  public int getInt(String name, int fallback, int min, int max) {
    return Math.toIntExact(getLong(name, fallback, min, max));
  }
}
