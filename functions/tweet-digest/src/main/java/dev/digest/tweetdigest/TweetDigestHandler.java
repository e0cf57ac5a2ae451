package dev.digest.tweetdigest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.digest.shared.aws.AwsClients;
import dev.digest.shared.config.Env;
import dev.digest.shared.json.Json;
import dev.digest.shared.sentiment.client.SentimentClient;
import dev.digest.tweetdigest.digest.ArchiveConfig;
import dev.digest.tweetdigest.digest.DigestArchive;
import dev.digest.tweetdigest.digest.DigestBuilder;
import dev.digest.tweetdigest.email.DigestEmail;
import dev.digest.tweetdigest.email.DigestMailer;
import dev.digest.tweetdigest.llm.ExtractiveSummariser;
import dev.digest.tweetdigest.llm.LlmCategoriser;
import dev.digest.tweetdigest.llm.LlmClient;
import dev.digest.tweetdigest.llm.LlmClients;
import dev.digest.tweetdigest.llm.LlmConfig;
import dev.digest.tweetdigest.llm.LlmSummariser;
import dev.digest.tweetdigest.llm.OfflineCategoriser;
import dev.digest.tweetdigest.x.BearerToken;
import dev.digest.tweetdigest.x.JsonPostSource;
import dev.digest.tweetdigest.x.XApiPostSource;
import dev.digest.tweetdigest.x.XConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;

/** Lambda entry point: a weekly EventBridge schedule or an ad hoc invoke runs one digest. */
public final class TweetDigestHandler implements RequestStreamHandler {
  private final DigestService service;

  /** Builds real dependencies once per execution environment. */
  public TweetDigestHandler() {
    this(Env.system());
  }

  /** Builds dependencies from the given environment; used by tests and tools. */
  public TweetDigestHandler(Env env) {
    this(create(env));
  }

  /** Wraps a ready service. */
  public TweetDigestHandler(DigestService service) {
    this.service = service;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    DigestRequest request = DigestRequest.parse(Json.mapper().readTree(input));
    Duration budget =
        context == null
            ? DigestService.DEFAULT_BUDGET
            : Duration.ofMillis(context.getRemainingTimeInMillis());
    Json.mapper().writeValue(output, service.run(request, budget));
  }

  private static DigestService create(Env env) {
    DigestConfig config = DigestConfig.fromEnv(env);
    LlmConfig llm = LlmConfig.fromEnv(env);
    XConfig x = XConfig.fromEnv(env);
    AwsClients aws = AwsClients.fromEnvironment(env);
    PostSource source =
        config.usesXApi()
            ? new XApiPostSource(x, BearerToken.fromConfig(x, aws))
            : JsonPostSource.at(config.postSource(), x, aws::s3);
    LlmClient client = LlmClients.create(llm, env);
    SentimentClient sentiment = SentimentClient.fromEnvironment(env);
    return new DigestService(
        source,
        new LlmCategoriser(client, new OfflineCategoriser(), llm.batchSize()),
        llm.categories(),
        sentiment::classify,
        new DigestBuilder(
            llm.categories(),
            new LlmSummariser(client, new ExtractiveSummariser()),
            config.topPosts()),
        new DigestEmail(),
        DigestMailer.fromEnv(env)::send,
        new DigestArchive(aws.s3(), ArchiveConfig.fromEnv(env)),
        Clock.systemUTC(),
        config);
  }
}
