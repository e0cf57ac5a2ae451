package dev.digest.tweetdigest;

import dev.digest.tweetdigest.model.FetchResult;
import java.time.Instant;
import java.util.List;

/** Where posts come from, so the X API, a JSON file and an S3 object are interchangeable. */
public interface PostSource {

  /**
   * The posts of each account created after {@code since}, stopping with partial results (and a
   * notice) rather than running past {@code deadline}.
   */
  FetchResult fetch(List<String> usernames, Instant since, Instant deadline);
}
