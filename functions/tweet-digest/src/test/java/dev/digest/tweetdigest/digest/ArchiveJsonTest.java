package dev.digest.tweetdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks archived JSON carries readable instants and reads back. */
class ArchiveJsonTest {
  @Test
  void write_sentMarker_hasIsoInstantAndReadsBack() throws Exception {
    SentMarker marker =
        new SentMarker(
            Instant.parse("2026-11-30T00:06:30.125Z"), List.of("ana@example.com"), List.of());

    String json = ArchiveJson.write(marker);

    assertThat(json)
        .isEqualTo(
            "{\"sentAt\":\"2026-11-30T00:06:30.125Z\",\"recipients\":[\"ana@example.com\"],"
                + "\"failed\":[]}");
    assertThat(ArchiveJson.mapper().readValue(json, SentMarker.class)).isEqualTo(marker);
  }
}
