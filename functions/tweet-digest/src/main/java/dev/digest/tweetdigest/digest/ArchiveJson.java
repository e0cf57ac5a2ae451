package dev.digest.tweetdigest.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.digest.shared.json.Json;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The shared mapper plus ISO-8601 {@link Instant}s, because this module has no jsr310 module on its
 * classpath and archived files should read {@code 2026-11-30T00:05:00Z}, not a number.
 */
final class ArchiveJson {
  private static final ObjectMapper MAPPER =
      Json.mapper()
          .copy()
          .registerModule(
              new SimpleModule("iso-instants")
                  .addSerializer(Instant.class, ToStringSerializer.instance)
                  .addDeserializer(Instant.class, new InstantDeserializer()));

  private ArchiveJson() {}

  /** The mapper for archived files; thread-safe. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Writes a value as compact JSON with ISO-8601 instants. */
  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code Instant.toString()} output back. */
  private static final class InstantDeserializer extends FromStringDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    protected Instant _deserialize(String value, DeserializationContext context) {
      return Instant.parse(value);
    }
  }
}
