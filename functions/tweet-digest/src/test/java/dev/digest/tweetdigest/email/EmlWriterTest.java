package dev.digest.tweetdigest.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmlWriterTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private final RenderedEmail email =
      new DigestEmail().render(Digests.realistic(n -> "https://cdn.example.com/" + n + ".png"));
  private final EmlWriter writer = new EmlWriter("AI digest <digest@example.com>", CLOCK);

  @Test
  void write_digest_writesEmlAndHtmlBesideIt() throws IOException {
    EmlWriter.Written written = writer.write(email, List.of(), dir.resolve("outbox"), "2026-W48");

    assertThat(written.eml()).hasFileName("2026-W48.eml").exists();
    assertThat(Files.readString(written.html(), StandardCharsets.UTF_8)).isEqualTo(email.html());
  }

  @Test
  void message_digest_hasHeadersAndTwoBase64Parts() {
    String eml = writer.message(email, List.of("a@example.com"));
    String headers = eml.substring(0, eml.indexOf("\r\n\r\n"));

    assertThat(eml.chars()).allMatch(c -> c < 0x80);
    assertThat(eml.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    assertThat(eml.split("\r\n")).allMatch(line -> line.length() <= 78);
    assertThat(headers)
        .contains("From: AI digest <digest@example.com>")
        .contains("To: a@example.com")
        .contains("Date: Mon, 30 Nov 2026 06:00:00 GMT")
        .containsPattern("Message-ID: <[0-9a-f-]{36}@example\\.com>")
        .contains("MIME-Version: 1.0")
        .contains("Content-Type: multipart/alternative;\r\n boundary=");
    assertThat(decodeSubject(headers)).isEqualTo(email.subject());

    List<String[]> parts = parts(eml);
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0)[0]).contains("text/plain; charset=UTF-8").contains("base64");
    assertThat(parts.get(1)[0]).contains("text/html; charset=UTF-8").contains("base64");
    assertThat(parts.get(0)[1]).isEqualTo(email.text().replace("\n", "\r\n"));
    assertThat(parts.get(1)[1]).isEqualTo(email.html().replace("\n", "\r\n"));
  }

  @Test
  void message_headerInjectionInAddress_isRefused() {
    assertThatThrownBy(() -> writer.message(email, List.of("a@b.c\r\nBcc: x@y.z")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void write_pathLikeName_isRefused() {
    assertThatThrownBy(() -> writer.write(email, List.of(), dir, "../escape"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void write_digest_pythonEmailPackageParsesIt() throws Exception {
    Path eml = writer.write(email, List.of("a@example.com"), dir, "w48").eml();
    String script =
        String.join(
            "\n",
            "import sys, email, email.policy",
            "m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)",
            "assert m.defects == [], m.defects",
            "assert m.get_content_type() == 'multipart/alternative'",
            "parts = list(m.iter_parts())",
            "assert [p.get_content_type() for p in parts] == ['text/plain', 'text/html']",
            "assert all(not p.defects for p in parts)",
            "sys.stdout.write(str(m['subject']) + '\\n' + parts[1].get_content())");
    Path py = dir.resolve("parse.py");
    Files.writeString(py, script);
    Process process;
    try {
      process = new ProcessBuilder("python3", py.toString(), eml.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("python3 is not installed");
      return;
    }
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err).isZero();
    String parsed = new String(out, StandardCharsets.UTF_8);
    assertThat(parsed).startsWith(email.subject() + "\n");
    assertThat(parsed.replace("\r\n", "\n")).endsWith(email.html());
  }

  private static String decodeSubject(String headers) {
    Matcher subject = Pattern.compile("Subject: (.*?)\r\n(?! )", Pattern.DOTALL).matcher(headers);
    assertThat(subject.find()).isTrue();
    StringBuilder out = new StringBuilder();
    Matcher word = Pattern.compile("=\\?UTF-8\\?B\\?([^?]*)\\?=").matcher(subject.group(1));
    List<Byte> bytes = new ArrayList<>();
    while (word.find()) {
      for (byte b : Base64.getDecoder().decode(word.group(1))) {
        bytes.add(b);
      }
    }
    byte[] all = new byte[bytes.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = bytes.get(i);
    }
    out.append(new String(all, StandardCharsets.UTF_8));
    return out.toString();
  }

  /** Each part's headers and decoded body. */
  private static List<String[]> parts(String eml) {
    Matcher b = Pattern.compile("boundary=\"([^\"]+)\"").matcher(eml);
    assertThat(b.find()).isTrue();
    String boundary = "--" + b.group(1);
    assertThat(eml).endsWith(boundary + "--\r\n");
    String[] chunks = eml.split(Pattern.quote(boundary));
    List<String[]> out = new ArrayList<>();
    for (int i = 1; i < chunks.length - 1; i++) {
      String chunk = chunks[i].substring(2);
      int split = chunk.indexOf("\r\n\r\n");
      String body = chunk.substring(split + 4).strip();
      out.add(
          new String[] {
            chunk.substring(0, split),
            new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8)
          });
    }
    return out;
  }
}
