package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionSpecTest {
  @Test
  void moduleName_logicalIds_areKebabCaseWithoutFunctionSuffix() {
    assertThat(FunctionSpec.moduleName("ThumbnailFunction")).isEqualTo("thumbnail");
    assertThat(FunctionSpec.moduleName("PdfTextFunction")).isEqualTo("pdf-text");
    assertThat(FunctionSpec.moduleName("TweetDigestFunction")).isEqualTo("tweet-digest");
    assertThat(FunctionSpec.moduleName("HTMLReportFunction")).isEqualTo("html-report");
    assertThat(FunctionSpec.moduleName("Ocr2TextFunction")).isEqualTo("ocr2-text");
    assertThat(FunctionSpec.moduleName("Function")).isEqualTo("function");
  }
}
