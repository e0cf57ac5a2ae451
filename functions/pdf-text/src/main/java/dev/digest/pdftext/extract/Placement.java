package dev.digest.pdftext.extract;

import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * One drawing of an image: the image and the box it lands in, in page coordinates as displayed.
 *
 * @param image the image, still encoded
 * @param box its bounding box
 */
record Placement(PDImage image, Rectangle2D box) {}
