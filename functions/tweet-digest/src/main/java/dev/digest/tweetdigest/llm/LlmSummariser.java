package dev.digest.tweetdigest.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.digest.shared.json.Json;
import dev.digest.shared.log.Log;
import dev.digest.tweetdigest.Summariser;
import dev.digest.tweetdigest.model.Post;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Summarises one category with one model call, grounded only in its posts, so the digest reads like
 * prose; an answer that fails or breaks the rules goes to the {@link ExtractiveSummariser}.
 *
 * <p>A valid answer is {@code {"summary": "..."}} with 2-4 sentences and at most {@value
 * #MAX_CHARS} characters.
 */
public final class LlmSummariser implements Summariser {
  /** The summary source this class writes. */
  public static final String SOURCE = "llm";

  static final int MAX_CHARS = 700;
  private static final int MAX_POSTS = 60;
  private static final int MAX_POST_CHARS = 600;
  private static final Log LOG = Log.of(LlmSummariser.class);
  private static final String SYSTEM =
      """
      You write the summary of one category of a weekly digest of posts from X about AI.
      Write 2 to 4 plain sentences, under 600 characters, saying what the posts report.
      Use only facts stated in the posts; do not add names, numbers or claims they lack.
      No lists, no hashtags, no links, no emoji. Answer with JSON only.""";
  private static final JsonSchema SCHEMA =
      JsonSchema.object(Map.of("summary", JsonSchema.string()));

  private final LlmClient client;
  private final ExtractiveSummariser extractive;

  /** A summariser that falls back to {@code extractive}. */
  public LlmSummariser(LlmClient client, ExtractiveSummariser extractive) {
    this.client = client;
    this.extractive = extractive;
  }

  @Override
  public Summary summarise(String category, List<Post> posts) {
    if (posts.isEmpty()) {
      return extractive.summarise(category, posts);
    }
    try {
      String answer = client.generateJson(SYSTEM, prompt(category, posts), SCHEMA);
      return new Summary(validate(answer), SOURCE);
    } catch (LlmException e) {
      LOG.warn(
          "Summarising a category extractively",
          "provider",
          client.name(),
          "category",
          category,
          "reason",
          e.getMessage());
      return extractive.summarise(category, posts);
    }
  }

  /**
   * The summary text of a valid answer.
   *
   * @throws LlmException when the answer is not JSON, has no summary, or breaks the length rules
   */
  static String validate(String answer) {
    JsonNode summary;
    try {
      summary = Json.parse(answer).path("summary");
    } catch (IllegalArgumentException e) {
      throw new LlmException("The summary answer is not JSON", false, e);
    }
    if (!summary.isTextual() || summary.asText().isBlank()) {
      throw new LlmException("The answer has no summary", false);
    }
    String text = summary.asText().strip().replaceAll("\\s+", " ");
    if (text.length() > MAX_CHARS) {
      throw new LlmException("The summary is too long: " + text.length() + " characters", false);
    }
    int sentences = Sentences.of(text).size();
    if (sentences < 2 || sentences > 4) {
      throw new LlmException("The summary has " + sentences + " sentences, not 2-4", false);
    }
    return text;
  }

  private static String prompt(String category, List<Post> posts) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    posts.stream()
        .sorted(Comparator.comparingLong((Post p) -> -p.metrics().engagement()))
        .limit(MAX_POSTS)
        .forEach(
            post ->
                list.addObject()
                    .put("author", post.username())
                    .put(
                        "text",
                        post.text().length() > MAX_POST_CHARS
                            ? post.text().substring(0, MAX_POST_CHARS)
                            : post.text()));
    return "Category: "
        + category
        + "\n\nPosts (JSON, most engaging first):\n"
        + Json.write(list)
        + "\n\nReturn {\"summary\": \"<2-4 sentences>\"}.";
  }
}
