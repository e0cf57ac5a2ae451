package dev.digest.tweetdigest.email;

import java.util.Objects;

/**
 * One digest rendered once as a subject, an HTML body and a plain-text body, so the mailer and the
 * archive send and store the same message.
 *
 * @param subject the subject line
 * @param html the HTML body, a complete document with inline styles only
 * @param text the plain-text alternative with the same content
 */
public record RenderedEmail(String subject, String html, String text) {
  public RenderedEmail {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
  }
}
