package dev.digest.tweetdigest;

/**
 * Whether a run asks for pictures of its posts, decided by one documented rule, so the outcome can
 * say what was requested before the dispatcher that acts on it exists.
 *
 * <p>The rule: {@code lambda-only} never requests visual capture; {@code ec2-only} requests it
 * whenever {@code ENABLE_VISUAL_CAPTURE} is true; {@code hybrid} requests it when enabled and the
 * run has at least {@code VISUAL_MIN_POSTS} posts or more than {@code VISUAL_MAX_ACCOUNTS}
 * accounts. Nothing acts on the request yet: no capture runs.
 *
 * @param mode the processing mode
 * @param visualCaptureRequested whether the rule asks for visual capture
 * @param reason why, in words
 */
public record ProcessingPlan(
    DigestConfig.ProcessingMode mode, boolean visualCaptureRequested, String reason) {

  /** The plan for a run with {@code posts} posts from {@code accounts} accounts. */
  public static ProcessingPlan of(DigestConfig config, int posts, int accounts) {
    DigestConfig.ProcessingMode mode = config.mode();
    if (!config.visualCapture()) {
      return new ProcessingPlan(mode, false, "ENABLE_VISUAL_CAPTURE is false");
    }
    return switch (mode) {
      case LAMBDA_ONLY -> new ProcessingPlan(mode, false, "lambda-only mode never captures");
      case EC2_ONLY -> new ProcessingPlan(mode, true, "ec2-only mode with capture enabled");
      case HYBRID -> {
        if (posts >= config.visualMinPosts()) {
          yield new ProcessingPlan(
              mode, true, posts + " posts, at least VISUAL_MIN_POSTS=" + config.visualMinPosts());
        }
        if (accounts > config.visualMaxAccounts()) {
          yield new ProcessingPlan(
              mode,
              true,
              accounts + " accounts, more than VISUAL_MAX_ACCOUNTS=" + config.visualMaxAccounts());
        }
        yield new ProcessingPlan(
            mode,
            false,
            posts
                + " posts and "
                + accounts
                + " accounts, under VISUAL_MIN_POSTS="
                + config.visualMinPosts()
                + " and VISUAL_MAX_ACCOUNTS="
                + config.visualMaxAccounts());
      }
    };
  }

  /** {@code requested} or {@code not requested}, as the outcome shows it. */
  public String visualCapture() {
    return visualCaptureRequested ? "requested" : "not requested";
  }
}
