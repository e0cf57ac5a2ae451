package dev.digest.shared.sentiment;

import java.util.List;
import java.util.Locale;

/**
 * Accuracy and F1 of predicted against true classes over a set of labels; a prediction outside the
 * labels (neutral in the two-class report) costs recall only, as in scripts/vader-reference.
 */
record Classification(int n, double accuracy, double macroF1, double weightedF1, double[] f1) {
  record Pair(Sentiment truth, Sentiment predicted) {}

  static Classification of(List<Pair> pairs, List<Sentiment> labels) {
    long correct = pairs.stream().filter(p -> p.truth() == p.predicted()).count();
    double[] f1 = new double[labels.size()];
    double macro = 0;
    double weighted = 0;
    for (int l = 0; l < labels.size(); l++) {
      Sentiment label = labels.get(l);
      long tp = pairs.stream().filter(p -> p.truth() == label && p.predicted() == label).count();
      long fp = pairs.stream().filter(p -> p.truth() != label && p.predicted() == label).count();
      long fn = pairs.stream().filter(p -> p.truth() == label && p.predicted() != label).count();
      double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      f1[l] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      macro += f1[l] / labels.size();
      weighted += f1[l] * (tp + fn) / pairs.size();
    }
    return new Classification(pairs.size(), (double) correct / pairs.size(), macro, weighted, f1);
  }

  String describe(String name, List<Sentiment> labels) {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s: n=%d accuracy=%.4f macroF1=%.4f weightedF1=%.4f",
                name,
                n,
                accuracy,
                macroF1,
                weightedF1));
    for (int l = 0; l < labels.size(); l++) {
      s.append(String.format(Locale.ROOT, " F1[%s]=%.4f", labels.get(l), f1[l]));
    }
    return s.toString();
  }
}
