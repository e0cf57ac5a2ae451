package dev.digest.pdftext;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How much one invocation may extract: pages stop once the invocation's remaining time falls under
 * the reserve or the page limit is reached, but the first page always runs, so every chunk makes
 * progress and a chain of continuations always ends.
 */
final class ChunkBudget {
  private final Context context;
  private final long reserveMillis;
  private final int maxPages;

  /**
   * Creates a budget.
   *
   * @param context the invocation, or null for no time limit (tools and tests)
   * @param reserve the time kept free for saving results and queueing the next chunk
   * @param maxPages the most pages in one chunk
   */
  ChunkBudget(Context context, Duration reserve, int maxPages) {
    this.context = context;
    this.reserveMillis = reserve.toMillis();
    this.maxPages = maxPages;
  }

  /** A fresh stop condition for one {@code extractPages} call. */
  BooleanSupplier stop() {
    int[] asked = {0};
    return () -> {
      int done = asked[0]++;
      return done > 0 && (done >= maxPages || remainingMillis() < reserveMillis);
    };
  }

  /**
   * Whether image export should stop: it may use the first half of the reserve, the second half is
   * for writing the text and the document.
   */
  boolean exportOutOfTime() {
    return remainingMillis() < reserveMillis / 2;
  }

  private long remainingMillis() {
    return context == null ? Long.MAX_VALUE : context.getRemainingTimeInMillis();
  }
}
