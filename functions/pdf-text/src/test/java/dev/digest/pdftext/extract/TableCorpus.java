package dev.digest.pdftext.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The committed table corpus (see {@code scripts/make-table-fixtures}): PDFs printed by real
 * producers from pages whose tables are known.
 */
final class TableCorpus {
  /** The style directory of the first held-out set, tuned on after its first measurement. */
  static final String HELD_OUT = "heldout";

  /** The style directory of the second held-out set, measured once and not tuned on. */
  static final String HELD_OUT_2 = "heldout2";

  private static final ObjectMapper JSON = new ObjectMapper();

  private TableCorpus() {}

  /**
   * One PDF of the corpus.
   *
   * @param producer the program that printed it
   * @param style {@code ruled}, {@code plain} or {@code mixed}; or {@code heldout} or {@code
   *     heldout2}, the held-out pages, each styled its own way
   * @param name the page's name, which is also its truth file's name
   * @param pdf the file
   */
  record Document(String producer, String style, String name, Path pdf) {
    /** Whether the page is in a held-out set. */
    boolean heldOut() {
      return style.equals(HELD_OUT) || style.equals(HELD_OUT_2);
    }

    /** The tables the document really holds, each as rows of cell texts. */
    List<List<List<String>>> truth() {
      Path truth = root().resolve("truth");
      Path file = (heldOut() ? truth.resolve(style) : truth).resolve(name + ".json");
      try {
        List<List<List<String>>> tables = new ArrayList<>();
        for (JsonNode block : JSON.readTree(file.toFile()).get("blocks")) {
          if (block.has("table")) {
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode row : block.get("table")) {
              List<String> cells = new ArrayList<>();
              row.forEach(cell -> cells.add(cell.asText()));
              rows.add(cells);
            }
            tables.add(rows);
          }
        }
        return tables;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Every PDF of the corpus, ordered by producer, style and name. */
  static List<Document> documents() {
    try (Stream<Path> files = Files.walk(root())) {
      return files
          .filter(file -> file.toString().endsWith(".pdf"))
          .filter(file -> !file.startsWith(root().resolve("truth")))
          .sorted()
          .map(
              file ->
                  new Document(
                      file.getParent().getParent().getFileName().toString(),
                      file.getParent().getFileName().toString(),
                      file.getFileName().toString().replaceFirst("\\.pdf$", ""),
                      file))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One corpus PDF by producer, style and name. */
  static Path pdf(String producer, String style, String name) {
    return root().resolve(producer).resolve(style).resolve(name + ".pdf");
  }

  private static Path root() {
    try {
      return Path.of(
          Objects.requireNonNull(TableCorpus.class.getResource("/tables"), "tables corpus")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
