package dev.digest.tweetdigest.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.digest.shared.json.Json;
import dev.digest.shared.log.Log;
import dev.digest.tweetdigest.Categoriser;
import dev.digest.tweetdigest.model.Categorised;
import dev.digest.tweetdigest.model.Post;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Categorises posts with one model call per batch of posts rather than one per post, so a week of
 * posts costs a handful of calls; posts the model fails on go to the {@link OfflineCategoriser}.
 *
 * <p>The answer must be {@code {"assignments":[{"id","category"}]}}. An answer that is not JSON,
 * has another shape or names an id that was not asked about is rejected whole: every post of the
 * batch is categorised offline. Otherwise only the posts whose assignment is missing, duplicated or
 * names a category outside the list are categorised offline; the rest are the model's.
 */
public final class LlmCategoriser implements Categoriser {
  private static final Log LOG = Log.of(LlmCategoriser.class);
  private static final int MAX_POST_CHARS = 1_000;
  private static final String SYSTEM =
      """
      You sort posts from X (Twitter) about artificial intelligence into categories.
      Put every post in exactly one of the given categories, the one that fits its main point.
      Use each post id exactly once and only the category names given, spelled exactly.
      Answer with JSON only.""";

  private final LlmClient client;
  private final OfflineCategoriser offline;
  private final int batchSize;

  /** A categoriser sending at most {@code batchSize} posts per call. */
  public LlmCategoriser(LlmClient client, OfflineCategoriser offline, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
    }
    this.client = client;
    this.offline = offline;
    this.batchSize = batchSize;
  }

  @Override
  public List<Categorised> categorise(List<Post> posts, List<String> categories) {
    List<Categorised> result = new ArrayList<>(posts.size());
    for (int start = 0; start < posts.size(); start += batchSize) {
      result.addAll(
          batch(posts.subList(start, Math.min(posts.size(), start + batchSize)), categories));
    }
    return result;
  }

  private List<Categorised> batch(List<Post> posts, List<String> categories) {
    Map<String, String> assigned;
    try {
      String answer = client.generateJson(SYSTEM, prompt(posts, categories), schema(categories));
      assigned = validate(answer, posts, categories);
    } catch (LlmException e) {
      LOG.warn(
          "Categorising a batch offline",
          "provider",
          client.name(),
          "posts",
          posts.size(),
          "reason",
          e.getMessage());
      return offline.categorise(posts, categories);
    }
    List<Categorised> result = new ArrayList<>(posts.size());
    int offlineCount = 0;
    for (Post post : posts) {
      String category = assigned.get(post.id());
      if (category == null) {
        offlineCount++;
        result.add(
            new Categorised(
                post, offline.categoryOf(post.text(), categories), Categorised.OFFLINE));
      } else {
        result.add(new Categorised(post, category, Categorised.LLM));
      }
    }
    if (offlineCount > 0) {
      LOG.warn(
          "Categorised posts with invalid assignments offline",
          "provider",
          client.name(),
          "posts",
          offlineCount);
    }
    return result;
  }

  /**
   * The valid assignments by post id; a post whose assignment is missing, duplicated or names an
   * unknown category is absent.
   *
   * @throws LlmException when the whole answer is unusable
   */
  static Map<String, String> validate(String answer, List<Post> posts, List<String> categories) {
    JsonNode root;
    try {
      root = Json.parse(answer);
    } catch (IllegalArgumentException e) {
      throw new LlmException("The answer is not JSON", false, e);
    }
    JsonNode assignments = root.path("assignments");
    if (!root.isObject() || !assignments.isArray()) {
      throw new LlmException("The answer has no assignments array", false);
    }
    Set<String> asked = new HashSet<>();
    posts.forEach(post -> asked.add(post.id()));
    Set<String> allowed = Set.copyOf(categories);
    Map<String, String> valid = new HashMap<>();
    Set<String> seen = new HashSet<>();
    Set<String> rejected = new HashSet<>();
    for (JsonNode entry : assignments) {
      JsonNode id = entry.get("id");
      JsonNode category = entry.get("category");
      if (!entry.isObject() || id == null || !id.isTextual()) {
        throw new LlmException("An assignment has no id", false);
      }
      if (!asked.contains(id.asText())) {
        throw new LlmException("The answer names an id not asked about: " + id.asText(), false);
      }
      if (!seen.add(id.asText())) {
        rejected.add(id.asText());
      } else if (category == null
          || !category.isTextual()
          || !allowed.contains(category.asText())) {
        rejected.add(id.asText());
      } else {
        valid.put(id.asText(), category.asText());
      }
    }
    rejected.forEach(valid::remove);
    return valid;
  }

  private static String prompt(List<Post> posts, List<String> categories) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    Set<String> ids = new LinkedHashSet<>();
    for (Post post : posts) {
      if (ids.add(post.id())) {
        String text = post.text();
        list.addObject()
            .put("id", post.id())
            .put("text", text.length() > MAX_POST_CHARS ? text.substring(0, MAX_POST_CHARS) : text);
      }
    }
    return "Categories:\n- "
        + String.join("\n- ", categories)
        + "\n\nPosts (JSON):\n"
        + Json.write(list)
        + "\n\nReturn {\"assignments\": [{\"id\": \"<post id>\", \"category\": \"<category>\"}]}"
        + " with one assignment per post.";
  }

  private static JsonSchema schema(List<String> categories) {
    Map<String, JsonSchema> assignment = new LinkedHashMap<>();
    assignment.put("id", JsonSchema.string());
    assignment.put("category", JsonSchema.oneOf(categories));
    return JsonSchema.object(
        Map.of("assignments", JsonSchema.array(JsonSchema.object(assignment))));
  }
}
