package dev.digest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTest {
  private static final URI SQS = URI.create("http://127.0.0.1:9324");

  private static Stack small(Map<String, String> parameters) throws IOException {
    try (InputStream in = TemplateTest.class.getResourceAsStream("/small-template.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Template.parse(text).resolve(LocalAccount.DEFAULT, SQS, parameters);
    }
  }

  @Test
  void resolve_bucketNames_useSubAndGeneratedNames() throws IOException {
    Stack stack = small(Map.of());

    assertThat(stack.buckets())
        .containsExactly(
            new BucketSpec("Inbox", "local-inbox-000000000000", true),
            new BucketSpec("Results", "local-results", false));
  }

  @Test
  void resolve_queues_haveUrlsArnsAndRedrive() throws IOException {
    Stack stack = small(Map.of());

    QueueSpec work = stack.queue("WorkQueue").orElseThrow();
    assertThat(work.name()).isEqualTo("local-WorkQueue");
    assertThat(work.url()).isEqualTo("http://127.0.0.1:9324/000000000000/local-WorkQueue");
    assertThat(work.arn()).isEqualTo("arn:aws:sqs:us-east-1:000000000000:local-WorkQueue");
    assertThat(work.visibilityTimeoutSeconds()).isEqualTo(120);
    assertThat(work.redrive()).contains(new QueueSpec.Redrive("WorkDeadLetters", 4));
    assertThat(stack.queue("WorkDeadLetters").orElseThrow().name()).isEqualTo("work-dlq");
    assertThat(stack.sourcesOf("WorkDeadLetters")).containsExactly(work);
  }

  @Test
  void resolve_rule_resolvesPatternAndKeepsOnlyQueueTargets() throws IOException {
    Stack stack = small(Map.of());

    RuleSpec rule = stack.rules().get(0);
    assertThat(rule.logicalId()).isEqualTo("Created");
    assertThat(rule.eventBusName()).isEqualTo("default");
    assertThat(rule.enabled()).isTrue();
    assertThat(rule.pattern().at("/detail/bucket/name/0").asText())
        .isEqualTo("local-inbox-000000000000");
    assertThat(rule.pattern().at("/detail/object/key/0/prefix").asText()).isEqualTo("incoming/");
    assertThat(rule.targetQueueIds()).containsExactly("WorkQueue");
    assertThat(stack.warnings()).anyMatch(w -> w.contains("Created.Targets[1]"));
  }

  @Test
  void resolve_function_mergesGlobalsAndResolvesEnvironment() throws IOException {
    Stack stack = small(Map.of());

    FunctionSpec function = stack.function("ResizeImageFunction").orElseThrow();
    assertThat(function.handler()).isEqualTo("example.Resize::handleRequest");
    assertThat(function.runtime()).isEqualTo("java21");
    assertThat(function.memoryMb()).isEqualTo(2048);
    assertThat(function.timeoutSeconds()).isEqualTo(20);
    assertThat(function.name()).isEqualTo("local-ResizeImageFunction");
    assertThat(function.logGroup()).isEqualTo("/aws/lambda/local-ResizeImageFunction");
    assertThat(function.environment())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "LOG_LEVEL", "INFO",
                "SHARED", "from-function",
                "RESULTS", "local-results",
                "RESULTS_ARN", "arn:aws:s3:::local-results",
                "QUEUE_URL", "http://127.0.0.1:9324/000000000000/local-WorkQueue",
                "FORMAT", "webp",
                "FIRST_SIZE", "small",
                "JOINED", "a|us-east-1|local-WorkQueue"));
    assertThat(function.sqsTriggers())
        .containsExactly(new SqsTrigger("Work", "WorkQueue", 5, true, true, FilterCriteria.NONE));
    assertThat(stack.consumersOf("WorkQueue")).containsExactly(function);
  }

  @Test
  void resolve_parameterOverride_changesConditionsAndValues() throws IOException {
    Stack stack = small(Map.of("Format", "png"));

    assertThat(stack.function("ResizeImageFunction").orElseThrow().environment())
        .containsEntry("FORMAT", "jpeg");
    assertThat(stack.buckets()).extracting(BucketSpec::logicalId).contains("OnlyWhenNever");
  }

  @Test
  void resolve_parameterOutsideAllowedValues_isRefusedAsCloudFormationWould() {
    Template template =
        Template.parse(
            """
            Parameters:
              Format:
                Type: String
                AllowedValues: [jpeg, webp]
                Default: jpeg
            Resources:
              B:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub "b-${Format}"
            """);

    assertThatThrownBy(() -> template.resolve(LocalAccount.DEFAULT, SQS, Map.of("Format", "bmp")))
        .isInstanceOf(LocalException.class)
        .hasMessageContaining("Parameter Format must be one of");
  }

  @Test
  void resolve_unsupportedParts_becomeWarningsNotErrors() throws IOException {
    Stack stack = small(Map.of());

    assertThat(stack.functions())
        .extracting(FunctionSpec::logicalId)
        .containsExactly("ResizeImageFunction");
    assertThat(stack.warnings())
        .anyMatch(w -> w.contains("ResizeImageFunction: event Api of type Api is not emulated"))
        .anyMatch(w -> w.contains("PythonFunction: runtime python3.12"));
  }

  @Test
  void resolve_unknownIntrinsic_namesItAndWhere() {
    Template template =
        Template.parse(
            """
            Resources:
              Thing:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !ImportValue shared-bucket
            """);

    assertThatThrownBy(() -> template.resolve(LocalAccount.DEFAULT, SQS, Map.of()))
        .isInstanceOf(LocalException.class)
        .hasMessageContaining("Fn::ImportValue")
        .hasMessageContaining("Thing.BucketName");
  }

  @Test
  void resolve_unsupportedPatternOperator_isRefusedByName() {
    Template template =
        Template.parse(
            """
            Resources:
              Q:
                Type: AWS::SQS::Queue
              R:
                Type: AWS::Events::Rule
                Properties:
                  EventPattern:
                    detail:
                      source-ip-address: [{cidr: 10.0.0.0/8}]
                  Targets:
                    - Id: Q
                      Arn: !GetAtt Q.Arn
            """);

    assertThatThrownBy(() -> template.resolve(LocalAccount.DEFAULT, SQS, Map.of()))
        .hasMessageContaining("'cidr'");
  }

  @Test
  void resolve_filterCriteria_parsesEachPatternOfEventsAndMappings() {
    Template template =
        Template.parse(
            """
            Resources:
              Q:
                Type: AWS::SQS::Queue
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: java21
                  Handler: a.B::handleRequest
                  Events:
                    Work:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Q.Arn
                        FilterCriteria:
                          Filters:
                            - Pattern: '{"body":{"kind":["a"]}}'
                            - Pattern: '{"body":[{"prefix":"x"}]}'
              M:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  EventSourceArn: !GetAtt Q.Arn
                  FunctionName: !Ref F
                  FilterCriteria:
                    Filters:
                      - Pattern: '{"body":{"kind":["b"]}}'
            """);

    Stack stack = template.resolve(LocalAccount.DEFAULT, SQS, Map.of());

    assertThat(stack.function("F").orElseThrow().sqsTriggers())
        .extracting(t -> t.filter().patterns().toString())
        .containsExactly(
            "[{\"body\":{\"kind\":[\"a\"]}}, {\"body\":[{\"prefix\":\"x\"}]}]",
            "[{\"body\":{\"kind\":[\"b\"]}}]");
  }

  @Test
  void resolve_filterPatternNotJson_namesTheFilter() {
    Template template =
        Template.parse(
            """
            Resources:
              Q:
                Type: AWS::SQS::Queue
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: java21
                  Handler: a.B::handleRequest
                  Events:
                    Work:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Q.Arn
                        FilterCriteria:
                          Filters:
                            - Pattern: '{"body": '
            """);

    assertThatThrownBy(() -> template.resolve(LocalAccount.DEFAULT, SQS, Map.of()))
        .isInstanceOf(LocalException.class)
        .hasMessageContaining("F.Events.Work.FilterCriteria.Filters[0].Pattern is not JSON");
  }

  @Test
  void read_missingFile_saysWhichFile() {
    assertThatThrownBy(() -> Template.read(Path.of("no/such/template.yaml")))
        .isInstanceOf(LocalException.class)
        .hasMessageContaining("no/such/template.yaml");
  }

  @Test
  void read_projectTemplate_findsTheThumbnailWiring() {
    Path file = Path.of("..", "infrastructure", "template.yaml");
    assumeTrue(Files.isRegularFile(file), "the project template is not there yet");

    Stack stack = Template.read(file).resolve(LocalAccount.DEFAULT, SQS, Map.of());

    FunctionSpec thumbnail = stack.function("ThumbnailFunction").orElseThrow();
    assertThat(thumbnail.handler())
        .isEqualTo("dev.digest.thumbnail.ThumbnailHandler::handleRequest");
    assertThat(thumbnail.moduleName()).isEqualTo("thumbnail");
    assertThat(thumbnail.environment())
        .containsEntry("DERIVED_BUCKET", "local-derived-000000000000")
        .containsKey("LOG_LEVEL");
    SqsTrigger trigger = thumbnail.sqsTriggers().get(0);
    assertThat(trigger.queueId()).isEqualTo("ThumbnailQueue");
    assertThat(trigger.reportBatchItemFailures()).isTrue();
    QueueSpec queue = stack.queue("ThumbnailQueue").orElseThrow();
    assertThat(queue.redrive()).isPresent();
    assertThat(queue.redrive().get().deadLetterQueueId()).isEqualTo("ThumbnailDeadLetterQueue");
    assertThat(stack.rules()).anyMatch(r -> r.targetQueueIds().contains("ThumbnailQueue"));
    UploadTarget target = UploadTarget.find(stack);
    assertThat(target.bucket().name()).isEqualTo("local-uploads-000000000000");
    assertThat(target.bucket().eventBridgeEnabled()).isTrue();
    assertThat(target.prefix()).isEqualTo("uploads/");
  }

  @Test
  void read_projectTemplate_givesPdfTextItsQueueUrlAndFilters() {
    Path file = Path.of("..", "infrastructure", "template.yaml");
    assumeTrue(Files.isRegularFile(file), "the project template is not there yet");

    Stack stack = Template.read(file).resolve(LocalAccount.DEFAULT, SQS, Map.of());

    FunctionSpec pdf = stack.function("PdfTextFunction").orElseThrow();
    assertThat(pdf.moduleName()).isEqualTo("pdf-text");
    assertThat(pdf.timeoutSeconds()).isEqualTo(300);
    assertThat(pdf.memoryMb()).isEqualTo(1024);
    assertThat(pdf.environment())
        .containsEntry("PDF_QUEUE_URL", "http://127.0.0.1:9324/000000000000/local-PdfTextQueue")
        .containsEntry("DERIVED_BUCKET", "local-derived-000000000000");
    assertThat(stack.queue("PdfTextQueue").orElseThrow().url())
        .isEqualTo(pdf.environment().get("PDF_QUEUE_URL"));
    SqsTrigger trigger = pdf.sqsTriggers().get(0);
    assertThat(trigger.queueId()).isEqualTo("PdfTextQueue");
    assertThat(trigger.filter().patterns()).hasSize(2);
    assertThat(stack.rules()).anyMatch(r -> r.targetQueueIds().contains("PdfTextQueue"));
  }

  @Test
  void read_projectTemplate_runsTheSentimentImageFromItsLayout() {
    Path file = Path.of("..", "infrastructure", "template.yaml");
    Path root = Path.of("..").toAbsolutePath().normalize();

    Stack stack = Template.read(file).resolve(LocalAccount.DEFAULT, SQS, Map.of());

    FunctionSpec sentiment = stack.function("SentimentFunction").orElseThrow();
    ImageSpec image = sentiment.image().orElseThrow();
    assertThat(image.root()).isEqualTo(root.resolve("functions/sentiment/target/image"));
    assertThat(image.dockerfile()).isEqualTo(root.resolve("functions/sentiment/Dockerfile"));
    assertThat(sentiment.handler())
        .isEqualTo("dev.digest.sentiment.SentimentHandler::handleRequest");
    assertThat(sentiment.runtime()).isEqualTo("java21");
    assertThat(sentiment.memoryMb()).isEqualTo(2048);
    assertThat(sentiment.timeoutSeconds()).isEqualTo(60);
    // An empty parameter is still a value, and overrides the image's ENV as in Lambda.
    assertThat(sentiment.environment())
        .containsEntry("ENGINE", "PyTorch")
        .containsEntry("MODEL_S3_URI", "")
        .containsEntry("AWS_LAMBDA_LOG_FORMAT", "TEXT");
    assertThat(stack.function("SentimentOnnxFunction")).isEmpty();
    assertThat(stack.warnings()).noneMatch(w -> w.contains("Sentiment"));
  }

  @Test
  void read_projectTemplateOnOnnxRuntime_runsTheZipFunctionInstead() {
    Path file = Path.of("..", "infrastructure", "template.yaml");

    Stack stack =
        Template.read(file)
            .resolve(LocalAccount.DEFAULT, SQS, Map.of("SentimentEngine", "OnnxRuntime"));

    FunctionSpec onnx = stack.function("SentimentOnnxFunction").orElseThrow();
    assertThat(onnx.image()).isEmpty();
    assertThat(onnx.moduleName()).isEqualTo("sentiment-onnx");
    assertThat(onnx.environment()).containsEntry("ENGINE", "OnnxRuntime");
    assertThat(stack.function("SentimentFunction")).isEmpty();
  }

  private static Template imageTemplate(Path dir, String imageConfig) throws IOException {
    Files.createDirectories(dir.resolve("infra"));
    Files.createDirectories(dir.resolve("app"));
    Files.writeString(
        dir.resolve("app/Dockerfile"),
        """
        FROM maven AS build
        ARG ARCH=x86_64
        WORKDIR /src
        COPY . .
        FROM public.ecr.aws/lambda/java:21
        ARG ARCH=x86_64
        COPY --from=build /src/app/target/image-${ARCH}/ /
        ENV HOME_DIR=/opt/app
        CMD ["app.Handler::handleRequest"]
        """);
    Path file = dir.resolve("infra/template.yaml");
    Files.writeString(
        file,
        """
        Resources:
          AppFunction:
            Type: AWS::Serverless::Function
            Metadata:
              Dockerfile: app/Dockerfile
              DockerContext: ..
              DockerBuildArgs:
                ARCH: aarch64
            Properties:
              PackageType: Image
              MemorySize: 512
        """
            + imageConfig.indent(6));
    return Template.read(file);
  }

  @Test
  void resolve_imageFunction_readsItsDockerfileRelativeToTheTemplate(@TempDir Path dir)
      throws IOException {
    Template template = imageTemplate(dir, "");

    FunctionSpec app =
        template.resolve(LocalAccount.DEFAULT, SQS, Map.of()).function("AppFunction").orElseThrow();

    ImageSpec image = app.image().orElseThrow();
    assertThat(image.root()).isEqualTo(dir.resolve("app/target/image-aarch64"));
    assertThat(image.environment()).containsEntry("HOME_DIR", "/opt/app");
    assertThat(app.handler()).isEqualTo("app.Handler::handleRequest");
    assertThat(app.runtime()).isEqualTo("java21");
  }

  @Test
  void resolve_imageConfig_overridesCmdAndWorkingDirectory(@TempDir Path dir) throws IOException {
    Template template =
        imageTemplate(
            dir,
            """
            ImageConfig:
              Command: [app.Other::handleRequest]
              WorkingDirectory: /opt/app/
            """);

    FunctionSpec app =
        template.resolve(LocalAccount.DEFAULT, SQS, Map.of()).function("AppFunction").orElseThrow();

    assertThat(app.handler()).isEqualTo("app.Other::handleRequest");
    assertThat(app.image().orElseThrow().workingDirectory()).isEqualTo("/opt/app");
  }

  @Test
  void resolve_imageConfigEntryPoint_isRefused(@TempDir Path dir) throws IOException {
    Template template =
        imageTemplate(
            dir,
            """
            ImageConfig:
              EntryPoint: [/bin/sh, -c]
            """);

    assertThatThrownBy(() -> template.resolve(LocalAccount.DEFAULT, SQS, Map.of()))
        .isInstanceOf(LocalException.class)
        .hasMessageContaining("AppFunction.ImageConfig.EntryPoint");
  }

  @Test
  void resolve_imageWithoutDockerfile_isSkippedWithAWarning() {
    Template template =
        Template.parse(
            """
            Resources:
              Prebuilt:
                Type: AWS::Serverless::Function
                Properties:
                  PackageType: Image
                  ImageUri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1
            """);

    Stack stack = template.resolve(LocalAccount.DEFAULT, SQS, Map.of());

    assertThat(stack.functions()).isEmpty();
    assertThat(stack.warnings()).anyMatch(w -> w.startsWith("Prebuilt: a container image"));
  }
}
