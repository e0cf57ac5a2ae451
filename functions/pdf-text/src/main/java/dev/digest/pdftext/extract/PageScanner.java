package dev.digest.pdftext.extract;

import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Runs a page's content once and records every glyph and every image drawing in the coordinates of
 * the page as displayed, so text order and image coverage come from one pass and no image pixel is
 * decoded.
 */
final class PageScanner extends PDFGraphicsStreamEngine {
  private final AffineTransform toDisplay;
  private final PageGuard guard;
  private final int maxGlyphs;
  private int glyphCount;
  private boolean glyphsCapped;
  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<Placement> placements = new ArrayList<>();
  private final Set<String> shown = new HashSet<>();
  private final Point2D.Float current = new Point2D.Float();

  /** The bounds of the path being built, in user space, or null between paths. */
  private Rectangle2D path;

  /** Whether the path being built becomes a clipping path once it is painted or ended. */
  private boolean pendingClip;

  /** The straight segments of the path being built. */
  private int pathLines;

  /** The straight segments of every path painted so far, the stuff of ruling lines. */
  private int paintedLines;

  private PageScanner(PDPage page, PageGuard guard, int maxGlyphs) {
    super(page);
    this.toDisplay = displayTransform(page);
    this.guard = guard;
    this.maxGlyphs = maxGlyphs;
  }

  /**
   * What one page draws.
   *
   * @param glyphsCapped whether the page drew more than the glyph limit, so {@code glyphs} holds
   *     only the first ones
   * @param paintedLines the straight segments (lines, rectangle edges, closing segments) of the
   *     paths the page stroked or filled, in any direction and of any length
   */
  record Scan(
      List<Glyph> glyphs, List<Placement> placements, boolean glyphsCapped, int paintedLines) {}

  /**
   * Scans one page's content, including forms and inline images, recording at most {@code
   * maxGlyphs} glyphs.
   *
   * @throws PageGuard.PageLimitExceeded when the page passes a bound of {@code guard}
   */
  static Scan scan(PDPage page, PageGuard guard, int maxGlyphs) throws IOException {
    PageScanner scanner = new PageScanner(page, guard, maxGlyphs);
    scanner.processPage(page);
    return new Scan(scanner.glyphs, scanner.placements, scanner.glyphsCapped, scanner.paintedLines);
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    guard.tick();
    if (operator.getImageData() != null
        && operator.getImageParameters() != null
        && operator.getImageParameters().getDictionaryObject(COSName.F, COSName.FILTER) != null) {
      // PDFBox decodes an inline image onto the heap as soon as it meets it; its data may be a
      // compressed bomb inside a small content stream, so it is measured first. Unfiltered data
      // was counted with the content stream.
      long left = Math.max(0, guard.contentLeft());
      guard.addContent(
          DecodedLength.measureInline(operator.getImageParameters(), operator.getImageData(), left),
          "its content with inline images");
    }
    super.processOperator(operator, operands);
  }

  @Override
  protected void showText(byte[] string) throws IOException {
    guard.checkTime();
    if (!glyphsCapped) {
      super.showText(string);
    }
  }

  /** The page's size as displayed: the crop box, with width and height swapped by /Rotate. */
  static double[] displaySize(PDPage page) {
    PDRectangle box = page.getCropBox();
    boolean sideways = Math.floorMod(page.getRotation(), 180) == 90;
    return sideways
        ? new double[] {box.getHeight(), box.getWidth()}
        : new double[] {box.getWidth(), box.getHeight()};
  }

  /** Maps user space to points from the top-left corner of the page as a viewer shows it. */
  private static AffineTransform displayTransform(PDPage page) {
    PDRectangle box = page.getCropBox();
    double x0 = box.getLowerLeftX();
    double y0 = box.getLowerLeftY();
    double w = box.getWidth();
    double h = box.getHeight();
    return switch (Math.floorMod(page.getRotation(), 360)) {
      case 90 -> new AffineTransform(0, 1, 1, 0, -y0, -x0);
      case 180 -> new AffineTransform(-1, 0, 0, 1, x0 + w, -y0);
      case 270 -> new AffineTransform(0, -1, -1, 0, y0 + h, x0 + w);
      default -> new AffineTransform(1, 0, 0, -1, -x0, y0 + h);
    };
  }

  @Override
  protected void showGlyph(Matrix rendering, PDFont font, int code, Vector displacement)
      throws IOException {
    String text = unicode(font, code);
    if (text != null) {
      record(text, rendering, displacement);
    }
    super.showGlyph(rendering, font, code, displacement);
  }

  private static String unicode(PDFont font, int code) throws IOException {
    String text = font.toUnicode(code);
    if (text == null && font instanceof PDSimpleFont && code >= 0x20) {
      // A simple font without a Unicode mapping most often uses character codes as ASCII.
      text = String.valueOf((char) code);
    }
    if (text == null || text.isEmpty() || text.chars().allMatch(Character::isISOControl)) {
      return null;
    }
    return compatibilityForms(text);
  }

  /** Ligatures and Arabic presentation forms become the letters they stand for. */
  private static String compatibilityForms(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  private void record(String text, Matrix rendering, Vector displacement) {
    if (glyphCount >= maxGlyphs) {
      // Text beyond this would only cost heap; the glyphs so far are kept.
      glyphsCapped = true;
      return;
    }
    glyphCount++;
    Point2D origin = display(rendering, 0, 0);
    Point2D end = display(rendering, displacement.getX(), 0);
    Point2D up = display(rendering, 0, 1);
    double size = origin.distance(up);
    int direction = direction(origin, end, up);
    double[] start = turn(origin, direction);
    double[] stop = turn(end, direction);
    double x = Math.min(start[0], stop[0]);
    // The same glyph drawn twice at one spot is fake bold or a shadow, not repeated text.
    String key = text + '@' + direction + ',' + Math.round(x) + ',' + Math.round(start[1]);
    if (shown.add(key)) {
      glyphs.add(
          new Glyph(
              text, x, start[1], Math.abs(stop[0] - start[0]), size > 0 ? size : 1, direction));
    }
  }

  /**
   * The direction the glyph's line runs, to the nearest quarter turn; from its advance, or from its
   * up vector for a glyph with no advance.
   */
  private static int direction(Point2D origin, Point2D end, Point2D up) {
    double dx = end.getX() - origin.getX();
    double dy = end.getY() - origin.getY();
    if (dx == 0 && dy == 0) {
      // Up on the displayed page is -y; the line runs a quarter turn clockwise from up.
      dx = origin.getY() - up.getY();
      dy = up.getX() - origin.getX();
    }
    long quarter = Math.round(Math.toDegrees(Math.atan2(dy, dx)) / 90);
    return (int) Math.floorMod(quarter * 90, 360L);
  }

  /** Turns a displayed point into the frame where lines of {@code direction} run left to right. */
  private static double[] turn(Point2D point, int direction) {
    double x = point.getX();
    double y = point.getY();
    return switch (direction) {
      case 90 -> new double[] {y, -x};
      case 180 -> new double[] {-x, -y};
      case 270 -> new double[] {-y, x};
      default -> new double[] {x, y};
    };
  }

  private Point2D display(Matrix matrix, double x, double y) {
    Point2D.Float user = matrix.transformPoint((float) x, (float) y);
    return toDisplay.transform(user, null);
  }

  @Override
  public void drawImage(PDImage image) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Rectangle2D drawn = new Rectangle2D.Double(ctm.getTranslateX(), ctm.getTranslateY(), 0, 0);
    for (int corner = 1; corner < 4; corner++) {
      drawn.add(ctm.transformPoint(corner & 1, corner >> 1));
    }
    Rectangle2D visible =
        drawn.createIntersection(getGraphicsState().getCurrentClippingPath().getBounds2D());
    Rectangle2D box = toDisplay.createTransformedShape(visible).getBounds2D();
    if (visible.isEmpty()) {
      box = new Rectangle2D.Double();
    }
    placements.add(new Placement(image, box));
  }

  /**
   * Narrows the clip to the bounds of the path just used as a clipping path; bounds rather than the
   * exact shape keep clipping cheap, and coverage only needs where an image can show.
   */
  private void applyPendingClip() {
    if (pendingClip && path != null) {
      getGraphicsState().intersectClippingPath(new Area(path));
    }
    pendingClip = false;
    path = null;
    pathLines = 0;
  }

  /** Ends the path being built by painting it. */
  private void paint() {
    paintedLines += pathLines;
    applyPendingClip();
  }

  private void extendPath(Point2D point) {
    if (path == null) {
      path = new Rectangle2D.Double(point.getX(), point.getY(), 0, 0);
    } else {
      path.add(point);
    }
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    extendPath(p0);
    extendPath(p1);
    extendPath(p2);
    extendPath(p3);
    current.setLocation(p0);
    pathLines += 4;
  }

  @Override
  public void clip(int windingRule) {
    pendingClip = true;
  }

  @Override
  public void moveTo(float x, float y) {
    current.setLocation(x, y);
    extendPath(current);
  }

  @Override
  public void lineTo(float x, float y) {
    current.setLocation(x, y);
    extendPath(current);
    pathLines++;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    extendPath(new Point2D.Float(x1, y1));
    extendPath(new Point2D.Float(x2, y2));
    current.setLocation(x3, y3);
    extendPath(current);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    pathLines++;
  }

  @Override
  public void endPath() {
    applyPendingClip();
  }

  @Override
  public void strokePath() {
    paint();
  }

  @Override
  public void fillPath(int windingRule) {
    paint();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    paint();
  }

  @Override
  public void shadingFill(COSName shadingName) {}
}
