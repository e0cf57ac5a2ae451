package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path CONTEXT = Path.of("/repo");

  private static ImageSpec image(String text) {
    return image(text, Map.of());
  }

  private static ImageSpec image(String text, Map<String, String> buildArgs) {
    return Dockerfile.parse(text, "fixture/Dockerfile").image(CONTEXT, buildArgs, null);
  }

  /** The refusal of a fixture: its message names the file and the line. */
  private static String refusal(String text) {
    try {
      image(text);
    } catch (LocalException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a refusal of\n" + text);
  }

  private static final String BUILD =
      """
      FROM maven:3.9-amazoncorretto-21 AS build
      WORKDIR /src
      COPY . .
      RUN mvn -B package
      """;

  @Test
  void image_projectDockerfile_isTheSentimentLayoutWithItsEnvAndHandler() {
    Path file = ROOT.resolve("functions/sentiment/Dockerfile");

    ImageSpec image =
        Dockerfile.read(file).image(ROOT, Map.of("NATIVE_ARCH", "linux-aarch64"), null);

    assertThat(image.root()).isEqualTo(ROOT.resolve("functions/sentiment/target/image"));
    assertThat(image.runtime()).isEqualTo("java21");
    assertThat(image.handler()).isEqualTo("dev.digest.sentiment.SentimentHandler::handleRequest");
    assertThat(image.environment())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "PYTORCH_LIBRARY_PATH", "/opt/sentiment/native",
                "RUST_LIBRARY_PATH", "/opt/sentiment/native/libtokenizers.so",
                "MODEL_DIR", "/opt/sentiment/model"));
    assertThat(image.workingDirectory()).isEqualTo("/var/task");
    assertThat(image.taskRoot())
        .isEqualTo(ROOT.resolve("functions/sentiment/target/image/var/task"));
    assertThat(image.dockerfile()).isEqualTo(file);
    assertThat(image.buildHint()).isEqualTo("./mvnw -pl functions/sentiment -am package");
  }

  @Test
  void image_continuationsCommentsQuotesAndVariables_areReadAsDockerReadsThem() {
    ImageSpec image =
        image(
            """
            # syntax=docker/dockerfile:1
            ARG BASE_VERSION=21
            ARG OUT=target/layout
            FROM public.ecr.aws/docker/library/maven:3.9 as Builder
            ARG OUT
            ARG MODULE=functions/app
            WORKDIR /work
            WORKDIR build
            COPY --chown=1000 . .
            RUN mvn \\
                  # a comment inside a continuation
                  -pl ${MODULE} package

            FROM --platform=linux/arm64 public.ecr.aws/lambda/java:${BASE_VERSION}
            ARG MODULE=functions/app
            ARG OUT
            COPY --from=builder /work/build/${MODULE}/$OUT/ /
            ENV A=1 B="two words" C='$A literal' D=${A}-x \\
                E=${UNSET:-fallback} F=${A:+set}
            ENV LEGACY  a value with "quotes" and $A
            LABEL org.opencontainers.image.title=app
            CMD [ "example.Handler::handleRequest" ]
            """,
            Map.of("OUT", "target/other"));

    assertThat(image.root()).isEqualTo(CONTEXT.resolve("functions/app/target/other"));
    assertThat(image.runtime()).isEqualTo("java21");
    assertThat(image.handler()).isEqualTo("example.Handler::handleRequest");
    assertThat(image.environment())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "A", "1",
                "B", "two words",
                "C", "$A literal",
                "D", "1-x",
                "E", "fallback",
                "F", "set",
                "LEGACY", "a value with quotes and 1"));
  }

  @Test
  void image_chainedStagesJsonCopyAbsoluteContextCopyAndWorkdir_areFollowed() {
    ImageSpec image =
        image(
            """
            FROM maven:3.9 AS deps
            COPY . /app
            FROM deps AS build
            RUN mvn package
            FROM public.ecr.aws/lambda/java:17-arm64
            COPY --from=1 ["/app/out/layout", "/"]
            WORKDIR /var/task/lib
            CMD ["a.B::c"]
            """);

    assertThat(image.root()).isEqualTo(CONTEXT.resolve("out/layout"));
    assertThat(image.runtime()).isEqualTo("java17");
    assertThat(image.workingDirectory()).isEqualTo("/var/task/lib");
  }

  @Test
  void image_backtickEscapeDirective_joinsLinesWithBackticks() {
    ImageSpec image =
        image(
            """
            # escape=`
            FROM maven AS build
            WORKDIR /src
            COPY . .
            FROM public.ecr.aws/lambda/java:21
            COPY --from=build `
                 /src/layout /
            ENV PATH_WITH_BACKSLASH=C:\\dir
            CMD ["a.B::c"]
            """);

    assertThat(image.root()).isEqualTo(CONTEXT.resolve("layout"));
    assertThat(image.environment()).containsEntry("PATH_WITH_BACKSLASH", "C:\\dir");
  }

  @Test
  void image_buildTarget_isTheFinalStage() {
    ImageSpec image =
        Dockerfile.parse(
                BUILD
                    + """
                    FROM public.ecr.aws/lambda/java:21 AS lambda
                    COPY --from=build /src/a /
                    CMD ["a.B::c"]
                    FROM debian AS other
                    RUN echo not this one
                    """,
                "fixture/Dockerfile")
            .image(CONTEXT, Map.of(), "lambda");

    assertThat(image.root()).isEqualTo(CONTEXT.resolve("a"));
  }

  @Test
  void image_noCmd_leavesTheHandlerToImageConfig() {
    ImageSpec image =
        image(BUILD + "FROM public.ecr.aws/lambda/java:21\nCOPY --from=build /src/a /\n");

    assertThat(image.handler()).isNull();
  }

  @Test
  void image_otherBaseImage_isRefusedWithFileAndLine() {
    assertThat(
            refusal(
                BUILD
                    + """
                    FROM public.ecr.aws/lambda/python:3.12
                    COPY --from=build /src/a /
                    CMD ["app.handler"]
                    """))
        .startsWith("fixture/Dockerfile:5: ")
        .contains("public.ecr.aws/lambda/python:3.12 is not public.ecr.aws/lambda/java:<version>");
    assertThat(refusal(BUILD + "FROM public.ecr.aws/lambda/java\nCOPY --from=build /src/a /\n"))
        .startsWith("fixture/Dockerfile:5: ");
    assertThat(refusal(BUILD + "FROM build\nCOPY --from=build /src/a /\n"))
        .startsWith("fixture/Dockerfile:5: ");
  }

  @Test
  void image_customEntrypoint_isRefused() {
    assertThat(
            refusal(
                BUILD
                    + """
                    FROM public.ecr.aws/lambda/java:21
                    COPY --from=build /src/a /
                    ENTRYPOINT ["/bin/sh", "-c"]
                    """))
        .startsWith("fixture/Dockerfile:7: a custom ENTRYPOINT");
  }

  @Test
  void image_runInTheFinalStage_isRefused() {
    assertThat(
            refusal(
                BUILD
                    + """
                    FROM public.ecr.aws/lambda/java:21
                    COPY --from=build /src/a /
                    RUN dnf install -y fontconfig
                    CMD ["a.B::c"]
                    """))
        .startsWith("fixture/Dockerfile:7: RUN in the final stage");
  }

  @Test
  void image_addInTheFinalStage_isRefused() {
    assertThat(
            refusal(
                BUILD
                    + """
                    FROM public.ecr.aws/lambda/java:21
                    COPY --from=build /src/a /
                    ADD https://example.com/model.pt /opt/model.pt
                    """))
        .startsWith("fixture/Dockerfile:7: ADD in the final stage");
  }

  @Test
  void image_secondCopyIntoTheFinalStage_isRefused() {
    assertThat(
            refusal(
                BUILD
                    + """
                    FROM public.ecr.aws/lambda/java:21
                    COPY --from=build /src/a /
                    COPY --from=build /src/b /
                    """))
        .startsWith("fixture/Dockerfile:7: a second COPY into the final stage")
        .contains("line 6");
  }

  @Test
  void image_copyFromTheContextIntoTheFinalStage_isRefused() {
    assertThat(
            refusal(
                """
                FROM public.ecr.aws/lambda/java:21
                COPY target/app.jar /var/task/lib/
                CMD ["a.B::c"]
                """))
        .startsWith("fixture/Dockerfile:2: COPY from the build context into the final stage");
  }

  @Test
  void image_copyToAnotherFolderThanRoot_isRefused() {
    assertThat(
            refusal(
                BUILD
                    + """
                    FROM public.ecr.aws/lambda/java:21
                    COPY --from=build /src/target/app.jar /var/task/lib/
                    """))
        .startsWith("fixture/Dockerfile:6: the final stage's COPY must copy one folder to /");
  }

  @Test
  void image_copyFromAnotherImage_isRefused() {
    assertThat(
            refusal(
                """
                FROM public.ecr.aws/lambda/java:21
                COPY --from=ghcr.io/example/layout:1 /layout /
                """))
        .startsWith(
            "fixture/Dockerfile:2: --from=ghcr.io/example/layout:1 is not an earlier stage");
  }

  @Test
  void image_noCopyIntoTheFinalStage_isRefused() {
    assertThat(refusal(BUILD + "FROM public.ecr.aws/lambda/java:21\nCMD [\"a.B::c\"]\n"))
        .startsWith("fixture/Dockerfile:5: the final stage has no COPY --from=<stage> <src> /");
  }

  @Test
  void image_sourceStageWithoutTheWholeContext_isRefused() {
    assertThat(
            refusal(
                """
                FROM maven AS build
                WORKDIR /src
                COPY pom.xml .
                COPY src ./src
                RUN mvn package
                FROM public.ecr.aws/lambda/java:21
                COPY --from=build /src/target/image /
                """))
        .startsWith("fixture/Dockerfile:7: stage build does not copy the whole build context");
  }

  @Test
  void image_contextCopiedToARelativeFolderBeforeWorkdir_isRefused() {
    assertThat(
            refusal(
                """
                FROM maven AS build
                COPY . .
                FROM public.ecr.aws/lambda/java:21
                COPY --from=build /target/image /
                """))
        .startsWith("fixture/Dockerfile:2: COPY . . before any WORKDIR");
  }

  @Test
  void image_sourceOutsideTheCopiedContext_isRefused() {
    assertThat(
            refusal(
                BUILD
                    + """
                    FROM public.ecr.aws/lambda/java:21
                    COPY --from=build /opt/layout /
                    """))
        .startsWith("fixture/Dockerfile:6: /opt/layout is not under /src");
  }

  @Test
  void image_cmdInShellForm_isRefused() {
    assertThat(
            refusal(
                BUILD
                    + """
                    FROM public.ecr.aws/lambda/java:21
                    COPY --from=build /src/a /
                    CMD a.B::c
                    """))
        .startsWith("fixture/Dockerfile:7: CMD in shell form");
  }

  @Test
  void image_cmdWithMoreThanTheHandler_isRefused() {
    assertThat(
            refusal(
                BUILD
                    + """
                    FROM public.ecr.aws/lambda/java:21
                    COPY --from=build /src/a /
                    CMD ["a.B::c", "extra"]
                    """))
        .startsWith("fixture/Dockerfile:7: CMD must name exactly one handler");
  }

  @Test
  void image_copyFlagThatFiltersFiles_isRefused() {
    assertThat(
            refusal(
                BUILD
                    + """
                    FROM public.ecr.aws/lambda/java:21
                    COPY --from=build --exclude=*.txt /src/a /
                    """))
        .startsWith("fixture/Dockerfile:6: COPY --exclude changes what is copied");
  }

  @Test
  void parse_noFrom_isRefused() {
    assertThatThrownBy(() -> Dockerfile.parse("# nothing\n", "empty/Dockerfile"))
        .isInstanceOf(LocalException.class)
        .hasMessage("empty/Dockerfile: no FROM instruction");
  }

  @Test
  void read_missingFile_saysWhichFile() {
    assertThatThrownBy(() -> Dockerfile.read(Path.of("no/such/Dockerfile")))
        .isInstanceOf(LocalException.class)
        .hasMessageContaining("no/such/Dockerfile");
  }

  @Test
  void localEnvironment_pathsIntoTheLayout_pointUnderTheRoot(@TempDir Path root)
      throws IOException {
    Files.createDirectories(root.resolve("opt/sentiment"));
    ImageSpec image =
        new ImageSpec(
            root.resolve("Dockerfile"),
            root,
            root,
            "java21",
            "a.B::c",
            Map.of(
                "LIBS", "/opt/sentiment/native",
                "MISSING_UNDER_OPT", "/opt/none",
                "CACHE", "/tmp/cache",
                "ROOT", "/",
                "WORD", "opt/sentiment",
                "LIST", "/opt/a:/tmp/b:/opt/b"),
            "/var/task");

    assertThat(image.localEnvironment())
        .containsEntry("LIBS", root.resolve("opt/sentiment/native").toString())
        .containsEntry("MISSING_UNDER_OPT", root.resolve("opt/none").toString())
        .containsEntry("CACHE", "/tmp/cache")
        .containsEntry("ROOT", "/")
        .containsEntry("WORD", "opt/sentiment")
        .containsEntry("LIST", root.resolve("opt/a") + ":/tmp/b:" + root.resolve("opt/b"));
  }
}
