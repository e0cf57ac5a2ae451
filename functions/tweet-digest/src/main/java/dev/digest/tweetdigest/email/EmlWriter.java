package dev.digest.tweetdigest.email;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes a rendered email as an RFC 5322 {@code .eml} (multipart/alternative, UTF-8, base64) and
 * its HTML beside it, so the local outbox and the archive hold exactly what was sent.
 */
public final class EmlWriter {
  private static final String CRLF = "\r\n";

  private final String from;
  private final Clock clock;

  /**
   * A writer for one sender.
   *
   * @param from the {@code From} address
   * @param clock the clock for the {@code Date} header
   */
  public EmlWriter(String from, Clock clock) {
    this.from = header("from", from);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The two files one write produces. */
  public record Written(Path eml, Path html) {}

  /**
   * Writes {@code <name>.eml} and {@code <name>.html} into the folder, creating it if needed.
   *
   * @param email the email
   * @param to the {@code To} addresses; empty writes {@code undisclosed-recipients:;}
   * @param folder where to write
   * @param name the file name without extension, such as {@code 2026-W48}
   */
  public Written write(RenderedEmail email, List<String> to, Path folder, String name)
      throws IOException {
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("Unsafe file name: " + name);
    }
    Files.createDirectories(folder);
    Path eml = folder.resolve(name + ".eml");
    Path html = folder.resolve(name + ".html");
    Files.writeString(eml, message(email, to), StandardCharsets.US_ASCII);
    Files.writeString(html, email.html(), StandardCharsets.UTF_8);
    return new Written(eml, html);
  }

  /** The whole message, 7-bit ASCII with CRLF line ends. */
  public String message(RenderedEmail email, List<String> to) {
    String boundary = "=_digest_" + UUID.randomUUID().toString().replace("-", "");
    String recipients =
        to.isEmpty()
            ? "undisclosed-recipients:;"
            : String.join(", ", to.stream().map(a -> header("to", a)).toList());
    StringBuilder out = new StringBuilder(email.html().length() * 2);
    out.append("From: ")
        .append(from)
        .append(CRLF)
        .append("To: ")
        .append(recipients)
        .append(CRLF)
        .append("Subject: ")
        .append(encodedWord(email.subject()))
        .append(CRLF)
        .append("Date: ")
        .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(clock)))
        .append(CRLF)
        .append("Message-ID: <")
        .append(UUID.randomUUID())
        .append('@')
        .append(domain())
        .append('>')
        .append(CRLF)
        .append("MIME-Version: 1.0")
        .append(CRLF)
        .append("Content-Type: multipart/alternative;")
        .append(CRLF)
        .append(" boundary=\"")
        .append(boundary)
        .append('"')
        .append(CRLF)
        .append(CRLF)
        .append("This is a multi-part message in MIME format.")
        .append(CRLF);
    part(out, boundary, "text/plain", email.text());
    part(out, boundary, "text/html", email.html());
    out.append("--").append(boundary).append("--").append(CRLF);
    return out.toString();
  }

  private static void part(StringBuilder out, String boundary, String type, String body) {
    String canonical = body.replace("\r\n", "\n").replace("\n", CRLF);
    out.append("--")
        .append(boundary)
        .append(CRLF)
        .append("Content-Type: ")
        .append(type)
        .append("; charset=UTF-8")
        .append(CRLF)
        .append("Content-Transfer-Encoding: base64")
        .append(CRLF)
        .append(CRLF)
        .append(
            Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII))
                .encodeToString(canonical.getBytes(StandardCharsets.UTF_8)))
        .append(CRLF);
  }

  /** An RFC 2047 encoded word for non-ASCII text, split so no line exceeds 78 characters. */
  static String encodedWord(String text) {
    if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && text.length() <= 900) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int end = i;
      int bytes = 0;
      while (end < text.length()) {
        int cp = text.codePointAt(end);
        int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        if (bytes + n > 39) {
          break;
        }
        bytes += n;
        end += Character.charCount(cp);
      }
      if (out.length() > 0) {
        out.append(CRLF).append(' ');
      }
      out.append("=?UTF-8?B?")
          .append(
              Base64.getEncoder()
                  .encodeToString(text.substring(i, end).getBytes(StandardCharsets.UTF_8)))
          .append("?=");
      i = end;
    }
    return out.toString();
  }

  private String domain() {
    int at = from.lastIndexOf('@');
    String domain = at < 0 ? "localhost" : from.substring(at + 1).replace(">", "").strip();
    return domain.isEmpty() ? "localhost" : domain;
  }

  private static String header(String what, String address) {
    Objects.requireNonNull(address, what);
    if (address.chars().anyMatch(c -> c < 0x20 || c >= 0x7f)) {
      throw new IllegalArgumentException("Unsafe " + what + " address: " + address.strip());
    }
    return address;
  }
}
