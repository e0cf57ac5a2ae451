package dev.digest.pdftext.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Measures how large a stream becomes once decoded, by streaming it through its filters and
 * counting, because PDFBox decodes a whole stream onto the heap before anyone can read it: a
 * decompression bomb has to be caught before PDFBox touches it.
 */
final class DecodedLength {
  /** Image codecs decode to pixels whose size the image dimensions bound; measuring stops there. */
  private static final Set<COSName> IMAGE_CODECS =
      Set.of(
          COSName.DCT_DECODE,
          COSName.JPX_DECODE,
          COSName.JBIG2_DECODE,
          COSName.CCITTFAX_DECODE,
          COSName.DCT_DECODE_ABBREVIATION,
          COSName.CCITTFAX_DECODE_ABBREVIATION);

  private DecodedLength() {}

  /**
   * Whether decoding {@code stream} through its non-image filters yields more than {@code cap}
   * bytes. Memory stays bounded: bytes are counted and dropped, and the output of an intermediate
   * filter goes to a scratch file of at most {@code cap} bytes.
   */
  static boolean exceeds(COSStream stream, long cap) throws IOException {
    return measure(stream, cap) > cap;
  }

  /** The decoded length, or {@code cap + 1} once it is known to be larger than {@code cap}. */
  static long measure(COSStream stream, long cap) throws IOException {
    return measure(stream.createRawInputStream(), filterNames(stream.getFilters()), stream, cap);
  }

  /**
   * The decoded length of an inline image's data (its parameters name the filters, abbreviated or
   * not), or {@code cap + 1} once it is known to be larger than {@code cap}.
   */
  static long measureInline(COSDictionary parameters, byte[] data, long cap) throws IOException {
    COSBase filters = parameters.getDictionaryObject(COSName.F, COSName.FILTER);
    return measure(new ByteArrayInputStream(data), filterNames(filters), parameters, cap);
  }

  private static long measure(
      InputStream raw, List<COSName> filters, COSDictionary parameters, long cap)
      throws IOException {
    List<Path> scratch = new ArrayList<>();
    try {
      InputStream input = raw;
      for (int i = 0; i < filters.size(); i++) {
        Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
        boolean last = i == filters.size() - 1;
        if (last) {
          return decodeCounting(filter, input, parameters, i, cap);
        }
        Path next = Files.createTempFile("pdf-filter-", ".bin");
        scratch.add(next);
        try (InputStream in = input;
            CappedOutput out = new CappedOutput(Files.newOutputStream(next), cap)) {
          filter.decode(in, out, parameters, i);
        } catch (CappedOutput.LimitReached e) {
          return cap + 1;
        }
        input = Files.newInputStream(next);
      }
      try (InputStream in = input) {
        return countRaw(in, cap);
      }
    } finally {
      for (Path path : scratch) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static long decodeCounting(
      Filter filter, InputStream input, COSDictionary parameters, int index, long cap)
      throws IOException {
    try (InputStream in = input;
        CappedOutput out = new CappedOutput(OutputStream.nullOutputStream(), cap)) {
      filter.decode(in, out, parameters, index);
      return out.count();
    } catch (CappedOutput.LimitReached e) {
      return cap + 1;
    }
  }

  private static long countRaw(InputStream in, long cap) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0 && total <= cap; n = in.read(buffer)) {
      total += n;
    }
    return Math.min(total, cap + 1);
  }

  /** The filters named by a /Filter value, stopping before the first image codec. */
  private static List<COSName> filterNames(COSBase filters) {
    List<COSName> names = new ArrayList<>();
    if (filters instanceof COSName name) {
      names.add(name);
    } else if (filters instanceof COSArray array) {
      for (COSBase item : array) {
        if (item instanceof COSName name) {
          names.add(name);
        }
      }
    }
    for (int i = 0; i < names.size(); i++) {
      if (IMAGE_CODECS.contains(names.get(i))) {
        return names.subList(0, i);
      }
    }
    return names;
  }
}
