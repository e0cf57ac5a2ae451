package dev.digest.tweetdigest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.shared.config.Env;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessingPlanTest {

  private static DigestConfig config(String mode, String enabled) {
    return DigestConfig.fromEnv(
        Env.of(
            Map.of(
                "PROCESSING_MODE",
                mode,
                "ENABLE_VISUAL_CAPTURE",
                enabled,
                "VISUAL_MIN_POSTS",
                "20",
                "VISUAL_MAX_ACCOUNTS",
                "5")));
  }

  @Test
  void of_lambdaOnlyEnabled_notRequested() {
    ProcessingPlan plan = ProcessingPlan.of(config("lambda-only", "true"), 500, 50);

    assertThat(plan.visualCapture()).isEqualTo("not requested");
  }

  @Test
  void of_ec2OnlyEnabled_requested() {
    assertThat(ProcessingPlan.of(config("ec2-only", "true"), 1, 1).visualCapture())
        .isEqualTo("requested");
  }

  @Test
  void of_ec2OnlyDisabled_notRequestedNamingTheVariable() {
    ProcessingPlan plan = ProcessingPlan.of(config("ec2-only", "false"), 1, 1);

    assertThat(plan.visualCaptureRequested()).isFalse();
    assertThat(plan.reason()).contains("ENABLE_VISUAL_CAPTURE");
  }

  @Test
  void of_hybridAtPostThreshold_requested() {
    ProcessingPlan plan = ProcessingPlan.of(config("hybrid", "true"), 20, 1);

    assertThat(plan.visualCaptureRequested()).isTrue();
    assertThat(plan.reason()).contains("VISUAL_MIN_POSTS=20");
  }

  @Test
  void of_hybridOverAccountThreshold_requested() {
    assertThat(ProcessingPlan.of(config("hybrid", "true"), 3, 6).visualCaptureRequested()).isTrue();
  }

  @Test
  void of_hybridUnderBothThresholds_notRequested() {
    assertThat(ProcessingPlan.of(config("hybrid", "true"), 19, 5).visualCaptureRequested())
        .isFalse();
  }
}
