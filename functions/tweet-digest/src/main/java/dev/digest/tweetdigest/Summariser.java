package dev.digest.tweetdigest;

import dev.digest.tweetdigest.model.Post;
import java.util.List;

/** Writes each category's 2-4 sentence summary, so a reader need not read every post. */
public interface Summariser {

  /**
   * A summary and who wrote it.
   *
   * @param text 2-4 sentences
   * @param source {@code llm} or {@code extractive}
   */
  record Summary(String text, String source) {}

  /** The summary of one category's posts. */
  Summary summarise(String category, List<Post> posts);
}
