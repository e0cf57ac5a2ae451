package dev.digest.pdftext.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Finds ruled tables: Tabula's lattice step turns the page's ruling lines into cells and groups
 * touching cells into tables; this class lays each table's cells onto the grid of all cell edges,
 * so a merged cell keeps its text in its top-left grid position and leaves the positions it spans
 * empty.
 */
final class LatticeTables {
  /** Cell edges closer than this, in points, are the same grid line. */
  private static final float EDGE_TOLERANCE = 2f;

  private LatticeTables() {}

  /** Returns the page's ruled tables with their raw cell texts, top to bottom. */
  static List<PdfTable> find(Page page) {
    List<Cell> cells =
        SpreadsheetExtractionAlgorithm.findCells(
            page.getHorizontalRulings(), page.getVerticalRulings());
    List<PdfTable> tables = new ArrayList<>();
    for (Rectangle area : SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells)) {
      List<Cell> inside = new ArrayList<>();
      for (Cell cell : cells) {
        if (area.contains(cell.getCenterX(), cell.getCenterY())) {
          inside.add(cell);
        }
      }
      List<List<String>> rows = grid(page, inside);
      if (rows.size() >= 2 && rows.get(0).size() >= 2) {
        PdfTable.Box box =
            new PdfTable.Box(area.getLeft(), area.getTop(), area.getWidth(), area.getHeight());
        tables.add(new PdfTable(PdfTable.LATTICE, box, rows));
      }
    }
    tables.sort((a, b) -> Double.compare(a.box().y(), b.box().y()));
    return tables;
  }

  private static List<List<String>> grid(Page page, List<Cell> cells) {
    List<Float> rowEdges = edges(cells, true);
    List<Float> colEdges = edges(cells, false);
    int rowCount = Math.max(0, rowEdges.size() - 1);
    int colCount = Math.max(0, colEdges.size() - 1);
    String[][] texts = new String[rowCount][colCount];
    for (Cell cell : cells) {
      int row = nearest(rowEdges, cell.getTop());
      int col = nearest(colEdges, cell.getLeft());
      if (row < rowCount && col < colCount) {
        cell.setTextElements(TextElement.mergeWords(page.getText(cell)));
        texts[row][col] = cell.getText(true);
      }
    }
    List<List<String>> rows = new ArrayList<>(rowCount);
    for (String[] row : texts) {
      List<String> cellsOfRow = new ArrayList<>(colCount);
      for (String text : row) {
        cellsOfRow.add(text == null ? "" : text);
      }
      rows.add(cellsOfRow);
    }
    return rows;
  }

  /** The distinct horizontal (or vertical) cell edges, closer ones merged, in order. */
  private static List<Float> edges(List<Cell> cells, boolean horizontal) {
    TreeSet<Float> all = new TreeSet<>();
    for (Cell cell : cells) {
      all.add(horizontal ? cell.getTop() : cell.getLeft());
      all.add(horizontal ? cell.getBottom() : cell.getRight());
    }
    List<Float> merged = new ArrayList<>();
    for (float edge : all) {
      if (merged.isEmpty() || edge - merged.get(merged.size() - 1) > EDGE_TOLERANCE) {
        merged.add(edge);
      }
    }
    return merged;
  }

  /** The index of the edge nearest to a value, by binary search of the ordered edges. */
  private static int nearest(List<Float> edges, float value) {
    int index = Collections.binarySearch(edges, value);
    if (index >= 0) {
      return index;
    }
    int above = -index - 1;
    if (above == 0) {
      return 0;
    }
    if (above == edges.size()) {
      return above - 1;
    }
    return edges.get(above) - value < value - edges.get(above - 1) ? above : above - 1;
  }
}
