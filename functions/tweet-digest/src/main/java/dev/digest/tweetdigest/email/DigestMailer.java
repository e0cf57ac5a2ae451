package dev.digest.tweetdigest.email;

import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.Env;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

/**
 * Sends a rendered digest through SES v2, one message per recipient, so addresses stay private and
 * one refused recipient does not stop the rest.
 */
public final class DigestMailer {
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final SesV2Client ses;
  private final MailConfig config;

  /**
   * A mailer over a client, for tests and callers that own the client.
   *
   * @param ses the SES v2 client
   * @param config sender and audience
   */
  public DigestMailer(SesV2Client ses, MailConfig config) {
    this.ses = Objects.requireNonNull(ses, "ses");
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Reads {@link MailConfig} and builds the client from the environment. */
  public static DigestMailer fromEnv(Env env) {
    MailConfig config = MailConfig.fromEnv(env);
    SesV2Client ses =
        AwsClients.fromEnvironment(env).configure(SesV2Client.builder(), "SESV2").build();
    return new DigestMailer(ses, config);
  }

  /** Who the next send goes to: the configured list, or the topic's current subscribers. */
  public List<String> recipients() {
    return config.usesContactList()
        ? new ContactListRecipients(ses).subscribers(config.contactListName(), config.topicName())
        : config.recipients();
  }

  /** Sends the email to every recipient and reports each one's outcome. */
  public DeliveryReport send(RenderedEmail email) {
    List<String> sent = new ArrayList<>();
    List<DeliveryReport.Failure> failed = new ArrayList<>();
    for (String recipient : recipients()) {
      try {
        ses.sendEmail(request(email, recipient));
        sent.add(recipient);
      } catch (SesV2Exception e) {
        failed.add(new DeliveryReport.Failure(recipient, reason(e)));
      } catch (SdkException e) {
        failed.add(new DeliveryReport.Failure(recipient, e.getClass().getSimpleName()));
      }
    }
    return new DeliveryReport(sent, failed);
  }

  private SendEmailRequest request(RenderedEmail email, String recipient) {
    SendEmailRequest.Builder request =
        SendEmailRequest.builder()
            .fromEmailAddress(config.fromAddress())
            .destination(d -> d.toAddresses(recipient))
            .content(
                c ->
                    c.simple(
                        m ->
                            m.subject(text(email.subject()))
                                .body(b -> b.html(text(email.html())).text(text(email.text())))));
    if (config.usesContactList()) {
      request.listManagementOptions(
          l -> l.contactListName(config.contactListName()).topicName(config.topicName()));
    }
    return request.build();
  }

  private static Content text(String data) {
    return Content.builder().data(data).charset(UTF_8).build();
  }

  private static String reason(SesV2Exception e) {
    return e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
        ? e.awsErrorDetails().errorCode()
        : "HTTP " + e.statusCode();
  }
}
