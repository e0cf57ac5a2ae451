package dev.digest.tweetdigest.email;

import java.util.List;

/**
 * What one send did, recipient by recipient, so one bad address never hides the others' delivery.
 *
 * @param sent the addresses SES accepted
 * @param failed the addresses it refused, with why
 */
public record DeliveryReport(List<String> sent, List<Failure> failed) {
  public DeliveryReport {
    sent = List.copyOf(sent);
    failed = List.copyOf(failed);
  }

  /**
   * One refused recipient.
   *
   * @param recipient the address
   * @param reason SES's error code, or the client error's type when SES never answered
   */
  public record Failure(String recipient, String reason) {}
}
