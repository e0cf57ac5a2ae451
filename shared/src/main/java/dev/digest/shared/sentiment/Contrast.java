package dev.digest.shared.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The contrastive "but": words before the first "but" count half and words after it one and a half
 * times, because the clause after "but" usually carries the writer's opinion.
 */
final class Contrast {
  private static final double BEFORE = 0.5;
  private static final double AFTER = 1.5;

  private Contrast() {}

  /**
   * Reweights {@code valences} in place around the first "but" in {@code lower}.
   *
   * <p>Reproduces the reference exactly, including its lookup of each value's first position
   * ({@code list.index}): when an earlier word has the same current valence, that earlier word is
   * reweighted instead. Positions per value keep this linear-logarithmic on long texts.
   */
  static void apply(double[] valences, String[] lower) {
    int but = indexOfBut(lower);
    if (but < 0) {
      return;
    }
    Map<Double, TreeSet<Integer>> positions = new HashMap<>();
    for (int i = 0; i < valences.length; i++) {
      if (valences[i] != 0) {
        positions.computeIfAbsent(valences[i], v -> new TreeSet<>()).add(i);
      }
    }
    for (int k = 0; k < valences.length; k++) {
      double value = valences[k];
      if (value == 0) {
        continue; // zero times any weight is zero
      }
      TreeSet<Integer> same = positions.get(value);
      int first = same.first();
      if (first == but) {
        continue;
      }
      double reweighted = value * (first < but ? BEFORE : AFTER);
      same.remove(first);
      if (same.isEmpty()) {
        positions.remove(value);
      }
      valences[first] = reweighted;
      if (reweighted != 0) {
        positions.computeIfAbsent(reweighted, v -> new TreeSet<>()).add(first);
      }
    }
  }

  private static int indexOfBut(String[] lower) {
    for (int i = 0; i < lower.length; i++) {
      if (lower[i].equals("but")) {
        return i;
      }
    }
    return -1;
  }
}
