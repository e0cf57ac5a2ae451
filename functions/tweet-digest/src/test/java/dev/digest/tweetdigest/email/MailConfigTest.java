package dev.digest.tweetdigest.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.shared.config.ConfigurationException;
import dev.digest.shared.config.Env;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailConfigTest {
  @Test
  void fromEnv_recipients_splitsAndTrimsCommas() {
    MailConfig config =
        MailConfig.fromEnv(
            Env.of(
                Map.of(
                    "FROM_ADDRESS", "digest@example.com",
                    "DIGEST_RECIPIENTS", " a@example.com, b@example.com,,")));

    assertThat(config.usesContactList()).isFalse();
    assertThat(config.recipients()).containsExactly("a@example.com", "b@example.com");
  }

  @Test
  void fromEnv_contactList_readsListAndTopic() {
    MailConfig config =
        MailConfig.fromEnv(
            Env.of(
                Map.of(
                    "FROM_ADDRESS", "digest@example.com",
                    "CONTACT_LIST_NAME", "readers",
                    "TOPIC_NAME", "weekly")));

    assertThat(config.usesContactList()).isTrue();
    assertThat(config.contactListName()).isEqualTo("readers");
    assertThat(config.topicName()).isEqualTo("weekly");
  }

  @Test
  void fromEnv_missingFrom_failsByName() {
    assertThatThrownBy(() -> MailConfig.fromEnv(Env.of(Map.of("DIGEST_RECIPIENTS", "a@b.c"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("FROM_ADDRESS");
  }

  @Test
  void fromEnv_noAudience_failsNamingBothWays() {
    assertThatThrownBy(() -> MailConfig.fromEnv(Env.of(Map.of("FROM_ADDRESS", "d@e.com"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DIGEST_RECIPIENTS")
        .hasMessageContaining("CONTACT_LIST_NAME");
  }

  @Test
  void fromEnv_listWithoutTopic_failsByName() {
    assertThatThrownBy(
            () ->
                MailConfig.fromEnv(
                    Env.of(Map.of("FROM_ADDRESS", "d@e.com", "CONTACT_LIST_NAME", "readers"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("TOPIC_NAME");
  }

  @Test
  void fromEnv_bothAudiences_fails() {
    assertThatThrownBy(
            () ->
                MailConfig.fromEnv(
                    Env.of(
                        Map.of(
                            "FROM_ADDRESS", "d@e.com",
                            "CONTACT_LIST_NAME", "readers",
                            "TOPIC_NAME", "weekly",
                            "DIGEST_RECIPIENTS", "a@b.c"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("not both");
  }

  @Test
  void fromEnv_onlyCommas_failsByName() {
    assertThatThrownBy(
            () ->
                MailConfig.fromEnv(
                    Env.of(Map.of("FROM_ADDRESS", "d@e.com", "DIGEST_RECIPIENTS", " , "))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DIGEST_RECIPIENTS");
  }
}
