package dev.digest.pdftext.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores found tables against known ones, cell by cell, so table extraction accuracy is a number
 * that tests and benchmarks can track.
 *
 * <p>Each truth table is paired with the unpaired found table sharing the most cell texts. The
 * found table is then aligned by the one row and column shift on which most equal texts agree, so a
 * stray heading row costs that row rather than the whole table. A truth cell is correct when the
 * aligned found cell has the same text after whitespace normalisation (an empty truth cell matches
 * an empty or missing cell). Found tables paired with no truth table are spurious.
 */
public final class TableScore {
  private TableScore() {}

  /**
   * The score of one or more pages.
   *
   * @param truthCells the cells of the truth tables
   * @param correctCells the truth cells found in the right row and column with the right text
   * @param spuriousTables found tables that match no truth table
   */
  public record Result(int truthCells, int correctCells, int spuriousTables) {
    /** Correct cells as a share of truth cells; 1 when there was nothing to find. */
    public double accuracy() {
      return truthCells == 0 ? 1 : (double) correctCells / truthCells;
    }

    /** The sum of two scores. */
    public Result plus(Result other) {
      return new Result(
          truthCells + other.truthCells,
          correctCells + other.correctCells,
          spuriousTables + other.spuriousTables);
    }
  }

  /**
   * Scores the tables found on a page.
   *
   * @param truth the tables the page really holds, each as rows of cell texts
   * @param found the tables found on the page
   */
  public static Result score(List<List<List<String>>> truth, List<PdfTable> found) {
    List<PdfTable> unpaired = new ArrayList<>(found);
    int truthCells = 0;
    int correct = 0;
    for (List<List<String>> expected : truth) {
      PdfTable best = null;
      int bestShared = 0;
      for (PdfTable candidate : unpaired) {
        int shared = shared(expected, candidate.rows());
        if (shared > bestShared) {
          best = candidate;
          bestShared = shared;
        }
      }
      for (List<String> row : expected) {
        truthCells += row.size();
      }
      if (best != null) {
        unpaired.remove(best);
        correct += placed(expected, best.rows());
      }
    }
    return new Result(truthCells, correct, unpaired.size());
  }

  /** How many non-empty cell texts the two tables share, wherever they sit. */
  private static int shared(List<List<String>> expected, List<List<String>> actual) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> row : actual) {
      for (String cell : row) {
        counts.merge(TableCells.normalize(cell), 1, Integer::sum);
      }
    }
    int shared = 0;
    for (List<String> row : expected) {
      for (String cell : row) {
        String text = TableCells.normalize(cell);
        Integer left = counts.get(text);
        if (!text.isEmpty() && left != null && left > 0) {
          counts.put(text, left - 1);
          shared++;
        }
      }
    }
    return shared;
  }

  /** Truth cells matched at the same position, under the shift most equal texts agree on. */
  private static int placed(List<List<String>> expected, List<List<String>> actual) {
    Map<List<Integer>, Integer> votes = new HashMap<>();
    for (int r = 0; r < expected.size(); r++) {
      for (int c = 0; c < expected.get(r).size(); c++) {
        String text = TableCells.normalize(expected.get(r).get(c));
        for (int ar = 0; !text.isEmpty() && ar < actual.size(); ar++) {
          for (int ac = 0; ac < actual.get(ar).size(); ac++) {
            if (text.equals(TableCells.normalize(actual.get(ar).get(ac)))) {
              votes.merge(List.of(ar - r, ac - c), 1, Integer::sum);
            }
          }
        }
      }
    }
    List<Integer> shift = List.of(0, 0);
    for (Map.Entry<List<Integer>, Integer> vote : votes.entrySet()) {
      if (vote.getValue() > votes.getOrDefault(shift, 0)) {
        shift = vote.getKey();
      }
    }
    int placed = 0;
    for (int r = 0; r < expected.size(); r++) {
      for (int c = 0; c < expected.get(r).size(); c++) {
        String text = TableCells.normalize(expected.get(r).get(c));
        if (text.equals(cell(actual, r + shift.get(0), c + shift.get(1)))) {
          placed++;
        }
      }
    }
    return placed;
  }

  private static String cell(List<List<String>> rows, int row, int col) {
    if (row < 0 || row >= rows.size() || col < 0 || col >= rows.get(row).size()) {
      return "";
    }
    return TableCells.normalize(rows.get(row).get(col));
  }
}
