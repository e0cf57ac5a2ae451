package dev.digest.sentiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the function returns: {@code {"results": [...], "count": N, "model": "<id>"}}, or {@code
 * {"error": {"reason", "message"}}} when the whole request is invalid.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SentimentResponse(List<Result> results, Integer count, String model, Failure error) {

  public SentimentResponse {
    results = results == null ? null : List.copyOf(results);
  }

  static SentimentResponse of(List<Result> results, String model) {
    return new SentimentResponse(results, results.size(), model, null);
  }

  static SentimentResponse failed(String reason, String message) {
    return new SentimentResponse(null, null, null, new Failure(reason, message));
  }

  /** Why a request or one text was rejected; {@code reason} is a stable code. */
  public record Failure(String reason, String message) {}

  /**
   * One text's outcome: {@code sentiment}, {@code score} and {@code source}, or only {@code error}.
   *
   * @param sentiment positive, negative or neutral
   * @param score confidence in {@code sentiment}, in [0, 1]
   * @param source "model", or "lexicon" (the fallback, and texts with nothing left after cleaning)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Result(String sentiment, Double score, String source, Failure error) {

    static Result scored(String sentiment, double score, String source) {
      return new Result(sentiment, score, source, null);
    }

    static Result failed(Failure error) {
      return new Result(null, null, null, error);
    }
  }
}
