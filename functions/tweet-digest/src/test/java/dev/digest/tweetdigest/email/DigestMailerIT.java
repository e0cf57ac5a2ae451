package dev.digest.tweetdigest.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.Env;
import dev.digest.testing.AwsEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SubscriptionStatus;

/**
 * Sends a rendered digest through an SES v2 emulator. moto refuses an address without a domain
 * ({@code InvalidParameterValue}), which stands in for a recipient SES rejects.
 */
class DigestMailerIT {
  private final AwsEmulator aws = AwsEmulator.get();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String from = "digest-" + run + "@example.com";
  private final RenderedEmail email =
      new DigestEmail().render(Digests.realistic(n -> "https://cdn.example.com/" + n + ".png"));
  private SesV2Client ses;
  private TimestampProxy proxy;

  @BeforeEach
  void setUp() throws IOException {
    proxy = new TimestampProxy(aws.endpoint());
    ses =
        AwsClients.fromEnvironment(env(Map.of())).configure(SesV2Client.builder(), "SESV2").build();
    ses.createEmailIdentity(r -> r.emailIdentity(from));
  }

  @Test
  void send_configuredRecipientsWithOneInvalid_sendsToOthersAndReportsIt() throws IOException {
    String a = "a-" + run + "@example.com";
    String b = "b-" + run + "@example.org";
    String broken = "broken-" + run;
    DigestMailer mailer =
        DigestMailer.fromEnv(
            env(Map.of("FROM_ADDRESS", from, "DIGEST_RECIPIENTS", a + "," + broken + "," + b)));

    DeliveryReport report = mailer.send(email);

    assertThat(report.sent()).containsExactly(a, b);
    assertThat(report.failed())
        .containsExactly(new DeliveryReport.Failure(broken, "InvalidParameterValue"));
    assertThat(sentTo()).containsExactlyInAnyOrder(a, b);
  }

  @Test
  void send_unverifiedSender_reportsEveryRecipientAsRejected() {
    String a = "a-" + run + "@example.com";
    DigestMailer mailer =
        DigestMailer.fromEnv(
            env(
                Map.of(
                    "FROM_ADDRESS", "nobody-" + run + "@unverified.test", "DIGEST_RECIPIENTS", a)));

    DeliveryReport report = mailer.send(email);

    assertThat(report.sent()).isEmpty();
    assertThat(report.failed()).containsExactly(new DeliveryReport.Failure(a, "MessageRejected"));
  }

  @Test
  void send_contactList_skipsUnsubscribedContacts() throws IOException {
    String list = "readers-" + run;
    ses.createContactList(
        r ->
            r.contactListName(list)
                .topics(
                    t ->
                        t.topicName("weekly")
                            .displayName("Weekly AI digest")
                            .defaultSubscriptionStatus(SubscriptionStatus.OPT_IN)));
    String in = "in-" + run + "@example.com";
    String byDefault = "default-" + run + "@example.com";
    String optedOut = "out-" + run + "@example.com";
    String gone = "gone-" + run + "@example.com";
    contact(list, in, SubscriptionStatus.OPT_IN, false);
    contact(list, byDefault, null, false);
    contact(list, optedOut, SubscriptionStatus.OPT_OUT, false);
    contact(list, gone, SubscriptionStatus.OPT_IN, true);
    DigestMailer mailer =
        DigestMailer.fromEnv(
            env(Map.of("FROM_ADDRESS", from, "CONTACT_LIST_NAME", list, "TOPIC_NAME", "weekly")));

    DeliveryReport report = mailer.send(email);

    assertThat(report.sent()).containsExactlyInAnyOrder(in, byDefault);
    assertThat(report.failed()).isEmpty();
    assertThat(sentTo()).containsExactlyInAnyOrder(in, byDefault);
  }

  @AfterEach
  void tearDown() {
    ses.close();
    proxy.close();
  }

  private Env env(Map<String, String> variables) {
    Map<String, String> all = new HashMap<>(variables);
    all.put("AWS_REGION", AwsEmulator.REGION);
    all.put("AWS_ENDPOINT_URL", proxy.endpoint());
    return Env.of(all);
  }

  private void contact(String list, String address, SubscriptionStatus topic, boolean all) {
    ses.createContact(
        r -> {
          r.contactListName(list).emailAddress(address).unsubscribeAll(all);
          if (topic != null) {
            r.topicPreferences(p -> p.topicName("weekly").subscriptionStatus(topic));
          }
        });
  }

  /** This run's recipients of messages with the digest's subject, from moto's model data. */
  private List<String> sentTo() throws IOException {
    JsonNode data;
    try (InputStream in = URI.create(aws.endpoint() + "/moto-api/data.json").toURL().openStream()) {
      data = new ObjectMapper().readTree(in);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode message : data.path("ses").path("Message")) {
      if (message.path("source").asText().equals(from)) {
        assertThat(message.path("subject").asText()).isEqualTo(email.subject());
        assertThat(message.path("body").asText()).isEqualTo(email.html());
        message.path("destinations").path("ToAddresses").forEach(a -> out.add(a.asText()));
      }
    }
    return out;
  }
}
