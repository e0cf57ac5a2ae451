package dev.digest.tweetdigest.llm;

import dev.digest.tweetdigest.Categoriser;
import dev.digest.tweetdigest.model.Categorised;
import dev.digest.tweetdigest.model.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts posts in categories by weighted keywords and phrases, deterministically and without I/O, so
 * the digest still groups posts when the model is absent or wrong.
 *
 * <p>Each of the five default categories has its own list of terms; every category, default or
 * custom, also scores the words of its own name (suffixes stripped, matched as word prefixes, stop
 * words dropped), so a custom category such as {@code Robotics and hardware} matches posts about
 * robots and hardware. The highest score wins, ties going to the earlier category. A post that
 * matches nothing goes to the catch-all: a category named like {@code Other}, {@code General} or
 * {@code Misc} when one is configured, else {@code Applications and case studies} when configured
 * (the broadest default), else the last category.
 */
public final class OfflineCategoriser implements Categoriser {
  private static final Set<String> STOP_WORDS =
      Set.of("and", "the", "for", "new", "with", "from", "about", "other", "into", "their");
  private static final Set<String> CATCH_ALL = Set.of("other", "others", "general", "misc");
  private static final List<String> SUFFIXES =
      List.of("ations", "ation", "ings", "ing", "ions", "ion", "ics", "es", "s");
  private static final String BROADEST_DEFAULT = "applications and case studies";

  /** Terms per default category; a term ending in {@code *} matches any word it starts. */
  private static final Map<String, Map<String, Integer>> TERMS =
      Map.of(
          "new ai model releases",
          Map.ofEntries(
              Map.entry("releas*", 3),
              Map.entry("launch*", 3),
              Map.entry("introducing", 3),
              Map.entry("announc*", 2),
              Map.entry("now available", 3),
              Map.entry("open weights", 3),
              Map.entry("weights", 2),
              Map.entry("checkpoint*", 2),
              Map.entry("new model", 3),
              Map.entry("model card", 3),
              Map.entry("context window", 2),
              Map.entry("parameters", 1),
              Map.entry("gpt*", 1),
              Map.entry("claude", 1),
              Map.entry("gemini", 1),
              Map.entry("llama", 1),
              Map.entry("mistral", 1),
              Map.entry("qwen*", 1),
              Map.entry("deepseek*", 1),
              Map.entry("grok", 1),
              Map.entry("model", 1)),
          "breakthrough research findings",
          Map.ofEntries(
              Map.entry("paper", 3),
              Map.entry("arxiv", 3),
              Map.entry("preprint", 3),
              Map.entry("research*", 2),
              Map.entry("study", 2),
              Map.entry("findings", 2),
              Map.entry("we show", 3),
              Map.entry("we find", 3),
              Map.entry("breakthrough", 3),
              Map.entry("state of the art", 2),
              Map.entry("sota", 2),
              Map.entry("experiment*", 2),
              Map.entry("novel", 1),
              Map.entry("discover*", 2),
              Map.entry("neurips", 3),
              Map.entry("icml", 3),
              Map.entry("iclr", 3),
              Map.entry("proof", 1),
              Map.entry("results", 1)),
          "applications and case studies",
          Map.ofEntries(
              Map.entry("case study", 4),
              Map.entry("use case*", 3),
              Map.entry("in production", 3),
              Map.entry("deploy*", 2),
              Map.entry("customer*", 2),
              Map.entry("hospital*", 2),
              Map.entry("patient*", 2),
              Map.entry("clinic*", 2),
              Map.entry("doctor*", 2),
              Map.entry("bank*", 2),
              Map.entry("compan*", 1),
              Map.entry("startup*", 1),
              Map.entry("workflow*", 2),
              Map.entry("automat*", 2),
              Map.entry("saved", 2),
              Map.entry("reduced", 2),
              Map.entry("students", 1),
              Map.entry("teachers", 1),
              Map.entry("farm*", 1),
              Map.entry("manufactur*", 2),
              Map.entry("built with", 2)),
          "ethical discussions and regulations",
          Map.ofEntries(
              Map.entry("ethic*", 3),
              Map.entry("regulat*", 3),
              Map.entry("ai act", 4),
              Map.entry("law*", 2),
              Map.entry("legislat*", 3),
              Map.entry("policy", 2),
              Map.entry("bias*", 2),
              Map.entry("fairness", 2),
              Map.entry("privacy", 2),
              Map.entry("copyright*", 3),
              Map.entry("lawsuit*", 3),
              Map.entry("misinformation", 2),
              Map.entry("deepfake*", 2),
              Map.entry("congress", 2),
              Map.entry("senate", 2),
              Map.entry("government*", 2),
              Map.entry("ban", 1),
              Map.entry("banned", 1),
              Map.entry("transparen*", 2),
              Map.entry("accountab*", 2),
              Map.entry("harm*", 2),
              Map.entry("consent", 2),
              Map.entry("governance", 2),
              Map.entry("safety", 1)),
          "tools and resources",
          Map.ofEntries(
              Map.entry("tool*", 2),
              Map.entry("library", 3),
              Map.entry("framework", 2),
              Map.entry("github", 3),
              Map.entry("repo", 2),
              Map.entry("tutorial*", 3),
              Map.entry("guide", 2),
              Map.entry("course", 2),
              Map.entry("cheat sheet", 3),
              Map.entry("dataset*", 2),
              Map.entry("notebook*", 2),
              Map.entry("colab", 2),
              Map.entry("pip install", 4),
              Map.entry("npm", 2),
              Map.entry("sdk", 2),
              Map.entry("plugin*", 2),
              Map.entry("extension", 2),
              Map.entry("cli", 2),
              Map.entry("template*", 2),
              Map.entry("open source", 1),
              Map.entry("free", 1),
              Map.entry("docs", 1)));

  @Override
  public List<Categorised> categorise(List<Post> posts, List<String> categories) {
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("categories must not be empty");
    }
    List<Categorised> result = new ArrayList<>(posts.size());
    for (Post post : posts) {
      result.add(new Categorised(post, categoryOf(post.text(), categories), Categorised.OFFLINE));
    }
    return result;
  }

  /** The category a text belongs in, by the rules above. */
  public String categoryOf(String text, List<String> categories) {
    String normal = normalise(text);
    String best = null;
    int bestScore = 0;
    for (String category : categories) {
      int score = score(normal, category);
      if (score > bestScore) {
        best = category;
        bestScore = score;
      }
    }
    return best != null ? best : catchAll(categories);
  }

  private static int score(String normal, String category) {
    int score = 0;
    String key = category.toLowerCase(Locale.ROOT).strip();
    for (Map.Entry<String, Integer> term : TERMS.getOrDefault(key, Map.of()).entrySet()) {
      if (matches(normal, term.getKey())) {
        score += term.getValue();
      }
    }
    for (String word : normalise(category).strip().split(" ")) {
      if (word.length() >= 3 && !STOP_WORDS.contains(word) && matches(normal, stem(word))) {
        score += 2;
      }
    }
    return score;
  }

  private static boolean matches(String normal, String term) {
    if (term.endsWith("*")) {
      return normal.contains(" " + term.substring(0, term.length() - 1));
    }
    return normal.contains(" " + term + " ");
  }

  /** A crude suffix-stripping stem, matched as a word prefix: robotics, robots to robot*. */
  private static String stem(String word) {
    for (String suffix : SUFFIXES) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
        return word.substring(0, word.length() - suffix.length()) + "*";
      }
    }
    return word + "*";
  }

  private static String catchAll(List<String> categories) {
    for (String category : categories) {
      if (CATCH_ALL.contains(normalise(category).strip().split(" ")[0])) {
        return category;
      }
    }
    for (String category : categories) {
      if (BROADEST_DEFAULT.equals(category.toLowerCase(Locale.ROOT).strip())) {
        return category;
      }
    }
    return categories.get(categories.size() - 1);
  }

  /** Lower case, URLs dropped, everything but letters and digits a single space, padded. */
  private static String normalise(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replaceAll("https?://\\S+", " ");
    return " " + lower.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
  }
}
