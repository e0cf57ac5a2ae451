package dev.digest.tweetdigest.x;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import dev.digest.shared.log.Log;
import dev.digest.tweetdigest.PostSource;
import dev.digest.tweetdigest.model.FetchResult;
import dev.digest.tweetdigest.model.Post;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;

/**
 * Posts from the X API v2 user timelines, fetched a few accounts at a time, so one slow, failing or
 * rate-limited account costs a notice in the digest instead of the whole run.
 *
 * <p>Usernames are resolved in batches of 100 ({@code GET /2/users/by}); each timeline ({@code GET
 * /2/users/{id}/tweets}) is paged through {@code meta.next_token}. A 429, or a response whose
 * {@code x-rate-limit-remaining} is 0, waits until {@code x-rate-limit-reset} when that comes
 * before the deadline, and otherwise stops the account with what it has. 5xx responses and
 * connection errors are retried with exponential backoff and full jitter.
 */
public final class XApiPostSource implements PostSource {

  /** Waits for a while; tests pass one that moves a fake clock instead. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  static final int LOOKUP_BATCH = 100;
  static final int MAX_PAGES = 40;
  static final Duration BACKOFF_BASE = Duration.ofMillis(500);
  static final Duration BACKOFF_CAP = Duration.ofSeconds(20);
  static final String TWEET_FIELDS =
      "created_at,public_metrics,referenced_tweets,attachments,author_id,note_tweet";

  private static final Log LOG = Log.of(XApiPostSource.class);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]{1,15}");

  private final XConfig config;
  private final BearerToken token;
  private final HttpClient http;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;

  /** A source on the real clock, with random jitter. */
  public XApiPostSource(XConfig config, BearerToken token) {
    this(
        config,
        token,
        Clock.systemUTC(),
        Thread::sleep,
        () -> ThreadLocalRandom.current().nextDouble());
  }

  XApiPostSource(
      XConfig config, BearerToken token, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
    this.config = Objects.requireNonNull(config, "config");
    this.token = Objects.requireNonNull(token, "token");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.jitter = Objects.requireNonNull(jitter, "jitter");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A user the lookup resolved. */
  private record User(String id, String username) {}

  /** One account's posts and what went wrong with it. */
  private record Account(List<Post> posts, List<String> notices) {}

  /** A parsed 200 response, and the reset to wait for when its rate limit is used up. */
  private record Reply(JsonNode body, Instant exhaustedUntil) {}

  /** Ends the current account (or lookup batch) with a notice; never escapes this class. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    Stop(String notice) {
      super(notice, null, false, false);
    }
  }

  @Override
  public FetchResult fetch(List<String> usernames, Instant since, Instant deadline) {
    String authorization = "Bearer " + token.value();
    List<String> notices = new ArrayList<>();
    List<User> users = lookup(distinct(usernames, notices), deadline, authorization, notices);
    List<Post> posts = new ArrayList<>();
    if (!users.isEmpty()) {
      for (Account account : fetchAll(users, since, deadline, authorization)) {
        posts.addAll(account.posts());
        notices.addAll(account.notices());
      }
    }
    LOG.info(
        "fetched X timelines",
        "accounts",
        users.size(),
        "posts",
        posts.size(),
        "notices",
        notices.size());
    return new FetchResult(posts, notices);
  }

  private List<String> distinct(List<String> usernames, List<String> notices) {
    Map<String, String> unique = new LinkedHashMap<>();
    for (String raw : usernames) {
      String name = raw.strip();
      name = name.startsWith("@") ? name.substring(1) : name;
      if (!USERNAME.matcher(name).matches()) {
        notices.add(notice("@" + name + ": not a valid X username; skipped"));
      } else {
        unique.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      }
    }
    return List.copyOf(unique.values());
  }

  private List<User> lookup(
      List<String> names, Instant deadline, String authorization, List<String> notices) {
    List<User> users = new ArrayList<>();
    for (int from = 0; from < names.size(); from += LOOKUP_BATCH) {
      List<String> batch = names.subList(from, Math.min(names.size(), from + LOOKUP_BATCH));
      String what = "user lookup of " + mentions(batch);
      URI uri = uri("/2/users/by", Map.of("usernames", String.join(",", batch)));
      try {
        JsonNode body = get(uri, what, deadline, authorization).body();
        Map<String, User> found = new LinkedHashMap<>();
        for (JsonNode user : V2Tweets.data(body, "data")) {
          String id = V2Tweets.text(user, "id");
          String username = V2Tweets.text(user, "username");
          if (id == null || username == null) {
            throw new V2Tweets.ShapeException("a user has no id or username");
          }
          found.put(username.toLowerCase(Locale.ROOT), new User(id, username));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : V2Tweets.data(body, "errors")) {
          String value = V2Tweets.text(error, "value");
          if (value != null) {
            errors.put(
                value.toLowerCase(Locale.ROOT),
                Objects.requireNonNullElse(
                    V2Tweets.text(error, "detail"), V2Tweets.text(error, "title")));
          }
        }
        for (String name : batch) {
          User user = found.get(name.toLowerCase(Locale.ROOT));
          if (user != null) {
            users.add(user);
          } else {
            String why = errors.get(name.toLowerCase(Locale.ROOT));
            notices.add(
                notice(
                    "@"
                        + name
                        + ": skipped, X does not know it"
                        + (why == null ? "" : " (" + why + ")")));
          }
        }
      } catch (Stop e) {
        notices.add(notice(e.getMessage() + "; those accounts are missing"));
      } catch (V2Tweets.ShapeException e) {
        notices.add(
            notice(
                what
                    + ": malformed response from X ("
                    + e.getMessage()
                    + "); those accounts are missing"));
      }
    }
    return users;
  }

  private List<Account> fetchAll(
      List<User> users, Instant since, Instant deadline, String authorization) {
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(config.concurrency(), users.size()),
            task -> {
              Thread thread = new Thread(task, "x-timeline-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Account>> futures = new ArrayList<>();
      for (User user : users) {
        futures.add(pool.submit(() -> timeline(user, since, deadline, authorization)));
      }
      List<Account> accounts = new ArrayList<>();
      for (int i = 0; i < users.size(); i++) {
        String who = "@" + users.get(i).username();
        try {
          accounts.add(futures.get(i).get());
        } catch (ExecutionException e) {
          accounts.add(new Account(List.of(), List.of(notice(who + ": failed: " + e.getCause()))));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          accounts.add(new Account(List.of(), List.of(notice(who + ": interrupted"))));
        }
      }
      return accounts;
    } finally {
      pool.shutdownNow();
    }
  }

  private Account timeline(User user, Instant since, Instant deadline, String authorization) {
    String who = "@" + user.username();
    List<Post> posts = new ArrayList<>();
    String next = null;
    try {
      for (int page = 1; ; page++) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("start_time", since.truncatedTo(ChronoUnit.SECONDS).toString());
        query.put("max_results", "100");
        query.put("tweet.fields", TWEET_FIELDS);
        query.put("expansions", "attachments.media_keys");
        query.put("media.fields", "url,preview_image_url");
        if (!config.excludeParameter().isEmpty()) {
          query.put("exclude", config.excludeParameter());
        }
        if (next != null) {
          query.put("pagination_token", next);
        }
        Reply reply =
            get(uri("/2/users/" + user.id() + "/tweets", query), who, deadline, authorization);
        JsonNode body = reply.body();
        JsonNode meta = body.get("meta");
        if (meta == null || !meta.isObject()) {
          String error = firstError(body);
          throw new V2Tweets.ShapeException(error == null ? "no meta object" : error);
        }
        Map<String, String> media = V2Tweets.mediaUrls(body);
        for (JsonNode tweet : V2Tweets.data(body, "data")) {
          Post post = V2Tweets.toPost(tweet, user.username(), media);
          if (!post.createdAt().isBefore(since) && config.keeps(post)) {
            posts.add(post);
          }
        }
        String token = V2Tweets.text(meta, "next_token");
        if (token == null) {
          return new Account(posts, List.of());
        }
        if (token.equals(next) || page >= MAX_PAGES) {
          throw new Stop(who + ": stopped paging after " + page + " pages");
        }
        next = token;
        if (reply.exhaustedUntil() != null) {
          waitForReset(who, reply.exhaustedUntil(), deadline);
        }
      }
    } catch (Stop e) {
      return partial(posts, e.getMessage());
    } catch (V2Tweets.ShapeException e) {
      return partial(posts, who + ": malformed response from X (" + e.getMessage() + ")");
    } catch (RuntimeException e) {
      LOG.error("timeline failed", e, "account", user.username());
      return partial(posts, who + ": failed (" + e.getClass().getSimpleName() + ")");
    }
  }

  private Account partial(List<Post> posts, String reason) {
    String suffix =
        posts.isEmpty()
            ? "; no posts fetched"
            : "; only the newest " + posts.size() + " posts fetched";
    return new Account(posts, List.of(notice(reason + suffix)));
  }

  private Reply get(URI uri, String what, Instant deadline, String authorization) throws Stop {
    int failures = 0;
    int waits = 0;
    while (true) {
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        throw new Stop(what + ": out of time before the deadline " + deadline);
      }
      HttpResponse<String> response;
      try {
        response =
            http.send(
                request(uri, now, deadline, authorization), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        failures++;
        backoff(
            what, failures, "connection error (" + e.getClass().getSimpleName() + ")", deadline);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Stop(what + ": interrupted");
      }
      int status = response.statusCode();
      Instant reset = reset(response);
      if (status == 429 && reset != null) {
        if (++waits > config.maxAttempts()) {
          throw new Stop(what + ": still rate-limited by X after " + (waits - 1) + " waits");
        }
        waitForReset(what, reset, deadline);
        continue;
      }
      if (status == 429 || status >= 500) {
        failures++;
        backoff(what, failures, "HTTP " + status, deadline);
        continue;
      }
      if (status != 200) {
        throw new Stop(what + ": X answered HTTP " + status + problem(response.body()));
      }
      JsonNode body;
      try {
        body = Json.parse(response.body());
      } catch (IllegalArgumentException e) {
        throw new Stop(what + ": malformed response from X (not JSON)");
      }
      if (!body.isObject()) {
        throw new Stop(what + ": malformed response from X (not a JSON object)");
      }
      boolean exhausted =
          "0".equals(response.headers().firstValue("x-rate-limit-remaining").orElse(null));
      return new Reply(body, exhausted ? reset : null);
    }
  }

  private HttpRequest request(URI uri, Instant now, Instant deadline, String authorization) {
    Duration left = Duration.between(now, deadline);
    Duration timeout = left.compareTo(REQUEST_TIMEOUT) < 0 ? left : REQUEST_TIMEOUT;
    return HttpRequest.newBuilder(uri)
        .timeout(timeout.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : timeout)
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .header("User-Agent", "x-digest")
        .GET()
        .build();
  }

  private void waitForReset(String what, Instant reset, Instant deadline) throws Stop {
    if (reset.isAfter(deadline)) {
      throw new Stop(what + ": rate-limited by X until " + reset + ", after the deadline");
    }
    Duration wait = Duration.between(clock.instant(), reset);
    LOG.warn("rate-limited by X; waiting for the reset", "what", what, "reset", reset);
    pause(what, wait.isNegative() ? Duration.ZERO : wait);
  }

  private void backoff(String what, int failures, String reason, Instant deadline) throws Stop {
    if (failures >= config.maxAttempts()) {
      throw new Stop(what + ": gave up after " + failures + " attempts (" + reason + ")");
    }
    long ceiling =
        Math.min(BACKOFF_CAP.toMillis(), BACKOFF_BASE.toMillis() << Math.min(failures - 1, 20));
    Duration delay = Duration.ofMillis((long) (jitter.getAsDouble() * ceiling));
    if (clock.instant().plus(delay).isAfter(deadline)) {
      throw new Stop(what + ": " + reason + ", and no time left to retry before the deadline");
    }
    LOG.warn("X request failed; retrying", "what", what, "reason", reason, "attempt", failures);
    pause(what, delay);
  }

  private void pause(String what, Duration duration) throws Stop {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stop(what + ": interrupted");
    }
  }

  private static Instant reset(HttpResponse<?> response) {
    String raw = response.headers().firstValue("x-rate-limit-reset").orElse(null);
    try {
      return raw == null ? null : Instant.ofEpochSecond(Long.parseLong(raw.strip()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String problem(String body) {
    try {
      JsonNode json = Json.parse(body);
      String detail = V2Tweets.text(json, "detail");
      String title = V2Tweets.text(json, "title");
      String text = detail != null ? detail : title;
      return text == null ? "" : " (" + text + ")";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String firstError(JsonNode body) {
    JsonNode errors = body.path("errors");
    if (!errors.isArray() || errors.isEmpty()) {
      return null;
    }
    JsonNode first = errors.get(0);
    String detail = V2Tweets.text(first, "detail");
    return "X reported: " + (detail != null ? detail : V2Tweets.text(first, "title"));
  }

  private URI uri(String path, Map<String, String> query) {
    StringBuilder url = new StringBuilder(config.baseUrl().toString()).append(path);
    char separator = '?';
    for (Map.Entry<String, String> entry : query.entrySet()) {
      url.append(separator)
          .append(entry.getKey())
          .append('=')
          .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return URI.create(url.toString());
  }

  private static String mentions(List<String> names) {
    return "@" + String.join(", @", names);
  }

  private static String notice(String text) {
    LOG.warn("X source notice", "notice", text);
    return text;
  }
}
