package dev.digest.tweetdigest;

import dev.digest.tweetdigest.model.Categorised;
import dev.digest.tweetdigest.model.Post;
import java.util.List;

/** Puts each post in one of the configured categories, so the digest can group them. */
public interface Categoriser {

  /** One result per post, in order; each category is one of {@code categories}. */
  List<Categorised> categorise(List<Post> posts, List<String> categories);
}
