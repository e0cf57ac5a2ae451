package dev.digest.tweetdigest.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.model.Contact;
import software.amazon.awssdk.services.sesv2.model.SubscriptionStatus;
import software.amazon.awssdk.services.sesv2.model.TopicPreference;

class ContactListRecipientsTest {
  private static final SubscriptionStatus IN = SubscriptionStatus.OPT_IN;
  private static final SubscriptionStatus OUT = SubscriptionStatus.OPT_OUT;

  @Test
  void subscribed_unsubscribedFromAll_isFalseWhateverTheTopicSays() {
    Contact c = Contact.builder().unsubscribeAll(true).topicPreferences(pref(IN)).build();

    assertThat(ContactListRecipients.subscribed(c, "weekly", IN)).isFalse();
  }

  @Test
  void subscribed_optedOutOfTopic_isFalse() {
    Contact c = Contact.builder().unsubscribeAll(false).topicPreferences(pref(OUT)).build();

    assertThat(ContactListRecipients.subscribed(c, "weekly", IN)).isFalse();
  }

  @Test
  void subscribed_ownPreference_winsOverDefaults() {
    Contact c =
        Contact.builder().topicPreferences(pref(IN)).topicDefaultPreferences(pref(OUT)).build();

    assertThat(ContactListRecipients.subscribed(c, "weekly", OUT)).isTrue();
  }

  @Test
  void subscribed_noPreference_followsTopicDefault() {
    Contact c = Contact.builder().build();

    assertThat(ContactListRecipients.subscribed(c, "weekly", IN)).isTrue();
    assertThat(ContactListRecipients.subscribed(c, "weekly", OUT)).isFalse();
  }

  @Test
  void subscribed_preferenceForAnotherTopic_isIgnored() {
    Contact c =
        Contact.builder()
            .topicPreferences(
                TopicPreference.builder().topicName("other").subscriptionStatus(IN).build())
            .build();

    assertThat(ContactListRecipients.subscribed(c, "weekly", OUT)).isFalse();
  }

  private static TopicPreference pref(SubscriptionStatus status) {
    return TopicPreference.builder().topicName("weekly").subscriptionStatus(status).build();
  }
}
