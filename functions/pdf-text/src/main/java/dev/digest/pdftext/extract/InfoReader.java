package dev.digest.pdftext.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads what a PDF says about itself from its information dictionary, falling back to the XMP
 * packet's Dublin Core title and creator, which some producers fill in instead.
 */
final class InfoReader {
  private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

  /** XMP packets larger than this are not parsed: they hold thumbnails or history, not a title. */
  private static final int MAX_XMP_BYTES = 1024 * 1024;

  private InfoReader() {}

  static PdfInfo read(PDDocument document) {
    PDDocumentInformation info = document.getDocumentInformation();
    String title = blankToNull(info.getTitle());
    String author = blankToNull(info.getAuthor());
    if (title == null || author == null) {
      Document xmp = xmp(document);
      if (xmp != null) {
        title = title != null ? title : dublinCore(xmp, "title");
        author = author != null ? author : dublinCore(xmp, "creator");
      }
    }
    return new PdfInfo(
        title,
        author,
        blankToNull(info.getProducer()),
        document.getNumberOfPages(),
        document.isEncrypted(),
        String.format(Locale.ROOT, "%.1f", document.getVersion()));
  }

  private static Document xmp(PDDocument document) {
    PDMetadata metadata = document.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return null;
    }
    try (InputStream in = metadata.createInputStream()) {
      byte[] bytes = in.readNBytes(MAX_XMP_BYTES + 1);
      if (bytes.length > MAX_XMP_BYTES) {
        return null;
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (IOException | SAXException | ParserConfigurationException e) {
      // A broken XMP packet only costs the fallback; the information dictionary still counts.
      return null;
    }
  }

  /** The first list item (or the text) of a Dublin Core property such as dc:title. */
  private static String dublinCore(Document xmp, String property) {
    NodeList properties = xmp.getElementsByTagNameNS(DUBLIN_CORE, property);
    if (properties.getLength() == 0) {
      return null;
    }
    Element element = (Element) properties.item(0);
    NodeList items = element.getElementsByTagNameNS(RDF, "li");
    String text = items.getLength() > 0 ? items.item(0).getTextContent() : element.getTextContent();
    return blankToNull(text);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
