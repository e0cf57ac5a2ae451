package dev.digest.tweetdigest.email;

import dev.digest.tweetdigest.model.Digest;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Renders a digest as an email, subject, HTML and plain text, so every recipient and the archive
 * get one message built the same way.
 */
public final class DigestEmail {
  /** The title the subject and heading start with. */
  public static final String DEFAULT_TITLE = "AI digest";

  private final String title;
  private final ZoneId zone;

  /** The default title, with dates in UTC. */
  public DigestEmail() {
    this(DEFAULT_TITLE, ZoneOffset.UTC);
  }

  /**
   * A renderer with its own title and the zone the week's dates are shown in.
   *
   * @param title the subject's and heading's first words
   * @param zone the zone for the dates
   */
  public DigestEmail(String title, ZoneId zone) {
    this.title = Objects.requireNonNull(title, "title");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** Renders the digest; notices change the body, never the subject. */
  public RenderedEmail render(Digest digest) {
    String subject = subject(digest);
    return new RenderedEmail(
        subject,
        new DigestHtml(digest, subject).render(),
        new DigestText(digest, subject).render());
  }

  /** {@code AI digest, week 48 of 2026 (24–30 Nov)}. */
  public String subject(Digest digest) {
    return title + ", " + WeekLabel.of(digest, zone);
  }
}
