package dev.digest.shared.log;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.digest.shared.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * Structured JSON logging, one object per line, so CloudWatch Logs Insights can filter on any field
 * without a logging framework's start-up cost.
 */
public final class Log {
  /** Severity of a log line; lines below {@code LOG_LEVEL} are dropped. */
  public enum Level {
    DEBUG,
    INFO,
    WARN,
    ERROR
  }

  private static final Level THRESHOLD = threshold(System.getenv("LOG_LEVEL"));
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

  private final String logger;

  private Log(String logger) {
    this.logger = logger;
  }

  /** A logger named after the class that writes the lines. */
  public static Log of(Class<?> type) {
    return new Log(type.getSimpleName());
  }

  /** Tags every line on this thread with the invocation's request id until cleared. */
  public static void bindRequest(String requestId) {
    if (requestId == null) {
      REQUEST_ID.remove();
    } else {
      REQUEST_ID.set(requestId);
    }
  }

  /** Logs at DEBUG; {@code fields} are alternating names and values. */
  public void debug(String message, Object... fields) {
    write(Level.DEBUG, message, null, fields);
  }

  /** Logs at INFO; {@code fields} are alternating names and values. */
  public void info(String message, Object... fields) {
    write(Level.INFO, message, null, fields);
  }

  /** Logs at WARN; {@code fields} are alternating names and values. */
  public void warn(String message, Object... fields) {
    write(Level.WARN, message, null, fields);
  }

  /** Logs at ERROR with the failure's type and message; the stack trace only at DEBUG. */
  public void error(String message, Throwable error, Object... fields) {
    write(Level.ERROR, message, error, fields);
  }

  /** Renders one line; public so tests can check the format without capturing stdout. */
  public String format(Level level, String message, Throwable error, Object... fields) {
    if (fields.length % 2 != 0) {
      throw new IllegalArgumentException("fields must be name/value pairs");
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("timestamp", Instant.now().toString());
      json.writeStringField("level", level.name());
      json.writeStringField("logger", logger);
      json.writeStringField("message", message);
      String requestId = REQUEST_ID.get();
      if (requestId != null) {
        json.writeStringField("requestId", requestId);
      }
      for (int i = 0; i < fields.length; i += 2) {
        json.writeFieldName(String.valueOf(fields[i]));
        Object value = fields[i + 1];
        if (value instanceof Number || value instanceof Boolean || value == null) {
          json.writeObject(value);
        } else {
          json.writeString(String.valueOf(value));
        }
      }
      if (error != null) {
        json.writeStringField("errorType", error.getClass().getName());
        json.writeStringField("errorMessage", String.valueOf(error.getMessage()));
        if (THRESHOLD == Level.DEBUG) {
          StringWriter trace = new StringWriter();
          error.printStackTrace(new java.io.PrintWriter(trace));
          json.writeStringField("stackTrace", trace.toString());
        }
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void write(Level level, String message, Throwable error, Object... fields) {
    if (level.compareTo(THRESHOLD) >= 0) {
      OUT.println(format(level, message, error, fields));
    }
  }

  private static Level threshold(String configured) {
    if (configured == null || configured.isBlank()) {
      return Level.INFO;
    }
    try {
      return Level.valueOf(configured.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Level.INFO;
    }
  }
}
