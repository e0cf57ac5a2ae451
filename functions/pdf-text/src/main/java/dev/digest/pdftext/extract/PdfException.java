package dev.digest.pdftext.extract;

/** A PDF that cannot be extracted, with a stable reason code callers can act on. */
public final class PdfException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The file needs a user password to open. */
  public static final String ENCRYPTED = "encrypted";

  /** The bytes are not a PDF. */
  public static final String NOT_A_PDF = "not-a-pdf";

  /** The file is a PDF, but too damaged to parse even leniently. */
  public static final String UNREADABLE = "unreadable";

  private final String reason;

  /** Creates an exception with a reason code and a message naming the problem. */
  public PdfException(String reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** The reason code: {@link #ENCRYPTED}, {@link #NOT_A_PDF} or {@link #UNREADABLE}. */
  public String reason() {
    return reason;
  }
}
