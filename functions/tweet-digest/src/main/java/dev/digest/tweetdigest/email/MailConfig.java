package dev.digest.tweetdigest.email;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Who the digest is sent from and to, read once from the environment, so a missing sender or
 * audience fails at init by name.
 *
 * @param fromAddress {@code FROM_ADDRESS}, a verified SES identity (required)
 * @param recipients {@code DIGEST_RECIPIENTS}, comma-separated; empty in contact-list mode
 * @param contactListName {@code CONTACT_LIST_NAME}, the SES contact list; null when recipients are
 *     configured
 * @param topicName {@code TOPIC_NAME}, the list's topic for the digest; required with the list
 */
public record MailConfig(
    String fromAddress, List<String> recipients, String contactListName, String topicName) {

  public MailConfig {
    Objects.requireNonNull(fromAddress, "fromAddress");
    recipients = List.copyOf(recipients);
    if (contactListName == null && recipients.isEmpty()) {
      throw new IllegalArgumentException("Either recipients or a contact list is needed");
    }
    if (contactListName != null && !recipients.isEmpty()) {
      throw new IllegalArgumentException("Recipients and a contact list are exclusive");
    }
    if (contactListName != null && topicName == null) {
      throw new IllegalArgumentException("A contact list needs a topic");
    }
  }

  /** Recipients from a fixed list. */
  public static MailConfig toRecipients(String fromAddress, List<String> recipients) {
    return new MailConfig(fromAddress, recipients, null, null);
  }

  /** Recipients from an SES contact list's subscribers to a topic. */
  public static MailConfig toContactList(String fromAddress, String listName, String topicName) {
    return new MailConfig(fromAddress, List.of(), listName, topicName);
  }

  /** Whether recipients come from the SES contact list. */
  public boolean usesContactList() {
    return contactListName != null;
  }

  /**
   * Reads the variables: {@code CONTACT_LIST_NAME} with {@code TOPIC_NAME}, or {@code
   * DIGEST_RECIPIENTS}, exactly one of the two; {@code FROM_ADDRESS} always.
   */
  public static MailConfig fromEnv(Env env) {
    String from = env.require("FROM_ADDRESS");
    String list = env.get("CONTACT_LIST_NAME", null);
    String configured = env.get("DIGEST_RECIPIENTS", null);
    if (list != null && configured != null) {
      throw new ConfigurationException(
          "Set either CONTACT_LIST_NAME or DIGEST_RECIPIENTS, not both");
    }
    if (list != null) {
      return toContactList(from, list, env.require("TOPIC_NAME"));
    }
    if (configured == null) {
      throw new ConfigurationException(
          "Missing required environment variable DIGEST_RECIPIENTS (or CONTACT_LIST_NAME with"
              + " TOPIC_NAME): who receives the digest");
    }
    List<String> recipients =
        Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (recipients.isEmpty()) {
      throw new ConfigurationException(
          "Environment variable DIGEST_RECIPIENTS names no address: '" + configured + "'");
    }
    return toRecipients(from, recipients);
  }
}
