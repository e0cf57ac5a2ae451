package dev.digest.tweetdigest;

import dev.digest.shared.log.Log;
import dev.digest.shared.sentiment.SentimentResult;
import dev.digest.tweetdigest.digest.DigestArchive;
import dev.digest.tweetdigest.digest.DigestBuilder;
import dev.digest.tweetdigest.digest.SentMarker;
import dev.digest.tweetdigest.email.DeliveryReport;
import dev.digest.tweetdigest.email.DigestEmail;
import dev.digest.tweetdigest.email.RenderedEmail;
import dev.digest.tweetdigest.model.Categorised;
import dev.digest.tweetdigest.model.Digest;
import dev.digest.tweetdigest.model.FetchResult;
import dev.digest.tweetdigest.model.Post;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs one week's digest from fetch to send, the one place that orders the stages, so a rerun
 * archives again but never emails the same week twice unless forced.
 *
 * <p>Order: fetch (until half the remaining time budget is spent, leaving the rest for the model,
 * sentiment and sending), categorise, score sentiment, build, render, archive; then, unless a dry
 * run, send when the week is not yet marked sent (or {@code force}) and mark it.
 */
public final class DigestService {
  /** The budget when the caller gives none, such as a test or a tool. */
  public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(10);

  static final String DRY_RUN = "dry run";
  static final String ALREADY_SENT = "already sent";

  private static final Log LOG = Log.of(DigestService.class);

  private final PostSource source;
  private final Categoriser categoriser;
  private final List<String> categories;
  private final Function<List<String>, List<SentimentResult>> sentiment;
  private final DigestBuilder builder;
  private final DigestEmail email;
  private final Mailer mailer;
  private final DigestArchive archive;
  private final Clock clock;
  private final DigestConfig config;

  /**
   * A service over its stages.
   *
   * @param source where posts come from
   * @param categoriser puts posts in {@code categories}
   * @param categories the configured category names, in order
   * @param sentiment one result per text, in order, such as {@code SentimentClient::classify}
   * @param builder builds the digest
   * @param email renders it
   * @param mailer sends it
   * @param archive stores it and the sent marker
   * @param clock the time of the run
   * @param config accounts, lookback and processing plan settings
   */
  public DigestService(
      PostSource source,
      Categoriser categoriser,
      List<String> categories,
      Function<List<String>, List<SentimentResult>> sentiment,
      DigestBuilder builder,
      DigestEmail email,
      Mailer mailer,
      DigestArchive archive,
      Clock clock,
      DigestConfig config) {
    this.source = Objects.requireNonNull(source, "source");
    this.categoriser = Objects.requireNonNull(categoriser, "categoriser");
    this.categories = List.copyOf(categories);
    this.sentiment = Objects.requireNonNull(sentiment, "sentiment");
    this.builder = Objects.requireNonNull(builder, "builder");
    this.email = Objects.requireNonNull(email, "email");
    this.mailer = Objects.requireNonNull(mailer, "mailer");
    this.archive = Objects.requireNonNull(archive, "archive");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Runs with {@link #DEFAULT_BUDGET}. */
  public DigestOutcome run(DigestRequest request) {
    return run(request, DEFAULT_BUDGET);
  }

  /** Runs within {@code budget}, the invocation's remaining time. */
  public DigestOutcome run(DigestRequest request, Duration budget) {
    Instant now = clock.instant();
    List<String> accounts = request.accounts().isEmpty() ? config.accounts() : request.accounts();
    if (accounts.isEmpty()) {
      throw new IllegalArgumentException(
          "No accounts: set the ACCOUNTS environment variable or pass \"accounts\" in the request");
    }
    Instant to = request.to(now);
    Instant from = request.from(to, Duration.ofDays(config.lookbackDays()));
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("Field 'since' must be before the period's end " + to);
    }

    FetchResult fetched = source.fetch(accounts, from, now.plus(budget.dividedBy(2)));
    List<Post> posts = fetched.posts();
    List<Categorised> categorised = categoriser.categorise(posts, categories);
    Digest digest =
        builder.build(from, to, clock.instant(), categorised, scores(posts), fetched.notices());
    RenderedEmail rendered = email.render(digest);
    archive.write(digest, rendered.html());
    String week = digest.week();
    List<String> keys =
        new ArrayList<>(List.of(key(week, "digest.json"), key(week, "digest.html")));
    ProcessingPlan plan = ProcessingPlan.of(config, posts.size(), accounts.size());

    List<String> notices = new ArrayList<>(digest.notices());
    DeliveryReport report = new DeliveryReport(List.of(), List.of());
    String skipped = null;
    if (request.dryRun()) {
      skipped = DRY_RUN;
    } else if (!request.force() && archive.alreadySent(week)) {
      skipped = ALREADY_SENT;
    } else {
      report = mailer.send(rendered);
      List<String> failed = failedAddresses(report);
      if (archive.markSent(week, new SentMarker(clock.instant(), report.sent(), failed))) {
        keys.add(key(week, "sent.json"));
      } else {
        notices.add("sent.json for " + week + " already existed; the earlier marker was kept");
      }
    }
    LOG.info(
        "digest run finished",
        "week",
        week,
        "posts",
        posts.size(),
        "sent",
        report.sent().size(),
        "skipped",
        skipped);
    return new DigestOutcome(
        week,
        from.toString(),
        to.toString(),
        accounts,
        posts.size(),
        digest.sections().size(),
        report.sent().size(),
        failedAddresses(report),
        skipped,
        request.dryRun(),
        notices,
        keys,
        plan.visualCapture(),
        plan.reason());
  }

  private Map<String, SentimentResult> scores(List<Post> posts) {
    if (posts.isEmpty()) {
      return Map.of();
    }
    List<SentimentResult> results = sentiment.apply(posts.stream().map(Post::text).toList());
    Map<String, SentimentResult> byId = new HashMap<>();
    for (int i = 0; i < posts.size() && i < results.size(); i++) {
      byId.put(posts.get(i).id(), results.get(i));
    }
    return byId;
  }

  private static List<String> failedAddresses(DeliveryReport report) {
    return report.failed().stream().map(DeliveryReport.Failure::recipient).toList();
  }

  private static String key(String week, String file) {
    return "digests/" + week + "/" + file;
  }
}
