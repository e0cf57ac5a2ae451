package dev.digest.sentiment;

import java.util.List;

/**
 * One text's verdict.
 *
 * @param label the most probable label from {@code labels.json}
 * @param confidence that label's softmax probability, in [0, 1]
 * @param probabilities every label's probability, in {@code labels.json} order
 */
public record Sentiment(String label, double confidence, List<Double> probabilities) {

  public Sentiment {
    probabilities = List.copyOf(probabilities);
  }

  /** Softmax over logits; the first label wins a tie. */
  static Sentiment of(float[] logits, List<String> labels) {
    double max = Double.NEGATIVE_INFINITY;
    for (float logit : logits) {
      max = Math.max(max, logit);
    }
    double[] exp = new double[logits.length];
    double sum = 0;
    for (int i = 0; i < logits.length; i++) {
      exp[i] = Math.exp(logits[i] - max);
      sum += exp[i];
    }
    Double[] probabilities = new Double[logits.length];
    int best = 0;
    for (int i = 0; i < logits.length; i++) {
      probabilities[i] = exp[i] / sum;
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return new Sentiment(labels.get(best), probabilities[best], List.of(probabilities));
  }
}
