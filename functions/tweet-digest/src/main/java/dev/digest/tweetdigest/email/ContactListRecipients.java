package dev.digest.tweetdigest.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Contact;
import software.amazon.awssdk.services.sesv2.model.SubscriptionStatus;
import software.amazon.awssdk.services.sesv2.model.Topic;
import software.amazon.awssdk.services.sesv2.model.TopicPreference;

/**
 * Reads the subscribers of one topic from an SES contact list, so people who unsubscribed, from
 * everything or from the digest's topic, are never mailed.
 */
final class ContactListRecipients {
  private final SesV2Client ses;

  ContactListRecipients(SesV2Client ses) {
    this.ses = ses;
  }

  /**
   * The addresses opted in to the topic: a contact's own preference wins, then its default, then
   * the topic's default. Filters here too, since not every SES emulator applies the request filter.
   */
  List<String> subscribers(String listName, String topicName) {
    SubscriptionStatus topicDefault =
        ses.getContactList(r -> r.contactListName(listName)).topics().stream()
            .filter(t -> topicName.equals(t.topicName()))
            .map(Topic::defaultSubscriptionStatus)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Contact list " + listName + " has no topic " + topicName));
    List<String> out = new ArrayList<>();
    ses
        .listContactsPaginator(
            r ->
                r.contactListName(listName)
                    .filter(
                        f ->
                            f.filteredStatus(SubscriptionStatus.OPT_IN)
                                .topicFilter(
                                    t ->
                                        t.topicName(topicName)
                                            .useDefaultIfPreferenceUnavailable(true))))
        .stream()
        .flatMap(page -> page.contacts().stream())
        .filter(contact -> subscribed(contact, topicName, topicDefault))
        .forEach(contact -> out.add(contact.emailAddress()));
    return out;
  }

  static boolean subscribed(Contact contact, String topicName, SubscriptionStatus topicDefault) {
    if (Boolean.TRUE.equals(contact.unsubscribeAll())) {
      return false;
    }
    SubscriptionStatus status =
        find(contact.topicPreferences(), topicName)
            .or(() -> find(contact.topicDefaultPreferences(), topicName))
            .orElse(topicDefault);
    return status == SubscriptionStatus.OPT_IN;
  }

  private static Optional<SubscriptionStatus> find(List<TopicPreference> prefs, String topic) {
    return prefs.stream()
        .filter(p -> topic.equals(p.topicName()))
        .map(TopicPreference::subscriptionStatus)
        .findFirst();
  }
}
