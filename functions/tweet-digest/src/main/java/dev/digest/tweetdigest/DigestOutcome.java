package dev.digest.tweetdigest;

import java.util.List;

/**
 * What one run did, returned to the invoker, so a rerun or a dry run can be checked without reading
 * the archive or the logs.
 *
 * @param week the ISO week, {@code 2026-W48}
 * @param from the period's start, ISO-8601
 * @param to its end, ISO-8601
 * @param accounts the accounts fetched
 * @param posts how many posts the digest covers
 * @param sections how many sections it has
 * @param sent how many recipients the mail service accepted
 * @param failedRecipients the addresses it refused
 * @param skipped why nothing was sent ({@code dry run}, {@code already sent}), or null when sent
 * @param dryRun whether sending was off
 * @param notices the digest's degradation notices
 * @param archiveKeys the S3 keys written
 * @param visualCapture {@code requested} or {@code not requested}; only the plan, no capture ran
 * @param visualCaptureReason why
 */
public record DigestOutcome(
    String week,
    String from,
    String to,
    List<String> accounts,
    int posts,
    int sections,
    int sent,
    List<String> failedRecipients,
    String skipped,
    boolean dryRun,
    List<String> notices,
    List<String> archiveKeys,
    String visualCapture,
    String visualCaptureReason) {

  public DigestOutcome {
    accounts = List.copyOf(accounts);
    failedRecipients = List.copyOf(failedRecipients);
    notices = List.copyOf(notices);
    archiveKeys = List.copyOf(archiveKeys);
  }
}
