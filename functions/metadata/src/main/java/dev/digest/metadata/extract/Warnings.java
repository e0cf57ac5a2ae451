package dev.digest.metadata.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what was wrong with a file without letting a badly broken one flood the document: the
 * same warning is kept once, and only the first {@link #MAX} distinct warnings are kept.
 */
final class Warnings {
  /** Enough to diagnose any file; a file with more problems is simply broken. */
  static final int MAX = 20;

  private final Set<String> kept = new LinkedHashSet<>();
  private int dropped;

  /** Records a warning unless it was already recorded or the list is full. */
  void add(String warning) {
    if (kept.contains(warning)) {
      return;
    }
    if (kept.size() < MAX) {
      kept.add(warning);
    } else {
      dropped++;
    }
  }

  /** The warnings in the order found, ending with a count of those that did not fit. */
  List<String> toList() {
    List<String> list = new ArrayList<>(kept);
    if (dropped > 0) {
      list.add(dropped + " more warnings omitted");
    }
    return list;
  }
}
