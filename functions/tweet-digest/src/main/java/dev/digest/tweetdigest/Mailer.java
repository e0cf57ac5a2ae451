package dev.digest.tweetdigest;

import dev.digest.tweetdigest.email.DeliveryReport;
import dev.digest.tweetdigest.email.RenderedEmail;

/**
 * Sends a rendered digest, so the service can be tested without SES; {@code DigestMailer::send}.
 */
@FunctionalInterface
public interface Mailer {

  /** Sends the email to every recipient and reports each one's outcome. */
  DeliveryReport send(RenderedEmail email);
}
