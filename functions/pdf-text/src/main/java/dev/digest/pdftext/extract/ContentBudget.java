package dev.digest.pdftext.extract;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Decides whether a page's content is small enough to parse: the decoded length of its content
 * streams plus the form XObjects they can draw, each form counted once, must stay within the limit.
 */
final class ContentBudget {
  private ContentBudget() {}

  /** Whether the page's decoded content exceeds {@code cap} bytes. */
  static boolean exceeds(PDPage page, long cap) throws IOException {
    return measure(page, cap) > cap;
  }

  /**
   * The page's decoded content length, or {@code cap + 1} once it is known to exceed {@code cap}.
   */
  static long measure(PDPage page, long cap) throws IOException {
    long total = 0;
    Iterator<PDStream> streams = page.getContentStreams();
    while (streams.hasNext()) {
      total += DecodedLength.measure(streams.next().getCOSObject(), cap - total);
      if (total > cap) {
        return cap + 1;
      }
    }
    PDResources resources = page.getResources();
    if (resources == null) {
      return total;
    }
    Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSDictionary> pending = new ArrayDeque<>();
    pending.push(resources.getCOSObject());
    while (!pending.isEmpty()) {
      COSDictionary xobjects = pending.pop().getCOSDictionary(COSName.XOBJECT);
      if (xobjects == null) {
        continue;
      }
      for (COSName name : xobjects.keySet()) {
        COSBase value = xobjects.getDictionaryObject(name);
        if (value instanceof COSStream form
            && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))
            && seen.add(form)) {
          total += DecodedLength.measure(form, cap - total);
          if (total > cap) {
            return cap + 1;
          }
          COSDictionary inner = form.getCOSDictionary(COSName.RESOURCES);
          if (inner != null) {
            pending.push(inner);
          }
        }
      }
    }
    return total;
  }
}
