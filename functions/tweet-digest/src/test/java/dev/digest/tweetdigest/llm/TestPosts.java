package dev.digest.tweetdigest.llm;

import dev.digest.tweetdigest.model.Post;
import dev.digest.tweetdigest.model.PostMetrics;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** Realistic posts, one per default category, ids 1001 to 1005 in category order. */
final class TestPosts {
  static final String RELEASES = "New AI model releases";
  static final String RESEARCH = "Breakthrough research findings";
  static final String APPLICATIONS = "Applications and case studies";
  static final String ETHICS = "Ethical discussions and regulations";
  static final String TOOLS = "Tools and resources";
  static final List<String> CATEGORIES = LlmConfig.DEFAULT_CATEGORIES;

  private TestPosts() {}

  static List<Post> fivePosts() {
    return List.of(
        post(
            "1001",
            "MistralAI",
            "Introducing Mistral Medium 3.1: our new model is now available on La Plateforme, with"
                + " open weights for the 24B variant and a 128k context window.",
            5400,
            1200),
        post(
            "1002",
            "jeffdean",
            "New paper on arXiv: we show that sparse mixture-of-experts models trained with our"
                + " routing method reach state of the art results with 40% less compute.",
            3100,
            640),
        post(
            "1003",
            "AnthropicAI",
            "Case study: a regional hospital network deployed Claude to draft discharge summaries;"
                + " doctors saved 2 hours per shift and patient wait times reduced by 18%.",
            2200,
            310),
        post(
            "1004",
            "EU_Commission",
            "The AI Act's obligations for general-purpose models apply from August. Providers must"
                + " publish training data summaries and respect copyright opt-outs. #regulation",
            1800,
            900),
        post(
            "1005",
            "huggingface",
            "Our free course on fine-tuning small LLMs is live: notebooks, a Colab template and a"
                + " GitHub repo. pip install trl and follow the tutorial.",
            2600,
            700));
  }

  static List<Post> many(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                post(
                    String.valueOf(1_900_000_000_000_000_000L + i),
                    "user" + (i % 17),
                    "Post "
                        + i
                        + ": a new open-source library for evaluating LLM agents on GitHub.",
                    i,
                    i / 3))
        .toList();
  }

  static Post post(String id, String username, String text, long likes, long reposts) {
    return new Post(
        id,
        "42" + id,
        username,
        text,
        Instant.parse("2025-11-24T09:15:00Z"),
        Post.urlOf(username, id),
        new PostMetrics(likes, reposts, likes / 20, reposts / 10),
        false,
        false,
        List.of());
  }
}
