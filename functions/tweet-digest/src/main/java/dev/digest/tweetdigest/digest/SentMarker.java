package dev.digest.tweetdigest.digest;

import java.time.Instant;
import java.util.List;

/**
 * The record that a week's digest went out, stored as {@code digests/<week>/sent.json}, so a rerun
 * of the same week does not email everyone again.
 *
 * @param sentAt when the send finished
 * @param recipients the addresses the mail service accepted
 * @param failed the addresses it refused
 */
public record SentMarker(Instant sentAt, List<String> recipients, List<String> failed) {
  public SentMarker {
    recipients = List.copyOf(recipients);
    failed = List.copyOf(failed);
  }
}
