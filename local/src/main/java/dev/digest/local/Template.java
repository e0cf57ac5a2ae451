package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digest.shared.json.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SAM/CloudFormation template, read the way CloudFormation reads it, so that the local stack
 * follows whatever the template wires up instead of a hard-coded copy of it.
 */
public final class Template {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode root;
  private final Path folder;

  private Template(JsonNode root, Path folder) {
    this.root = root;
    this.folder = folder;
  }

  /** Reads a template file, failing with a clear message when it is missing or not YAML. */
  public static Template read(Path file) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), folder);
    } catch (NoSuchFileException e) {
      throw new LocalException("Template not found: " + file);
    } catch (IOException e) {
      throw new LocalException("Cannot read template " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses template text; paths in it (an image's DockerContext) are relative to this folder. */
  static Template parse(String text) {
    return parse(text, Path.of(""));
  }

  /**
   * Parses template text.
   *
   * @param folder the template's folder, which paths in the template are relative to
   */
  static Template parse(String text, Path folder) {
    JsonNode root;
    try {
      root = CfnYaml.read(text);
    } catch (IOException e) {
      throw new LocalException("Template is not valid YAML: " + e.getMessage(), e);
    }
    if (!root.path("Resources").isObject()) {
      throw new LocalException("Template has no Resources section");
    }
    return new Template(root, folder.toAbsolutePath().normalize());
  }

  /**
   * Resolves every name and setting against a local account.
   *
   * @param account the stack name, account and region to build names with
   * @param sqsEndpoint the local SQS endpoint, which queue URLs start with
   * @param parameters values for template parameters; the others take their Default
   */
  Stack resolve(LocalAccount account, URI sqsEndpoint, Map<String, String> parameters) {
    return new Resolution(account, sqsEndpoint, parameters).stack();
  }

  /** One resolution of the template: names are computed once, on first use. */
  private final class Resolution implements Intrinsics.Resources {
    private final LocalAccount account;
    private final String sqsBase;
    private final Intrinsics intrinsics;
    private final Map<String, String> names = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private Map<String, JsonNode> present;

    Resolution(LocalAccount account, URI sqsEndpoint, Map<String, String> parameters) {
      this.account = account;
      String base = sqsEndpoint.toString();
      this.sqsBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
      this.intrinsics = new Intrinsics(root, account, parameters, this);
    }

    Stack stack() {
      List<BucketSpec> buckets = new ArrayList<>();
      List<QueueSpec> queues = new ArrayList<>();
      List<RuleSpec> rules = new ArrayList<>();
      Map<String, FunctionSpec> functions = new LinkedHashMap<>();
      List<JsonNode> mappings = new ArrayList<>();
      List<String> mappingIds = new ArrayList<>();
      for (Map.Entry<String, JsonNode> resource : resources().entrySet()) {
        String id = resource.getKey();
        JsonNode properties = resource.getValue().path("Properties");
        switch (type(id)) {
          case "AWS::S3::Bucket" -> buckets.add(bucket(id, properties));
          case "AWS::SQS::Queue" -> queues.add(queue(id, properties));
          case "AWS::Events::Rule" -> rule(id, properties).ifPresent(rules::add);
          case "AWS::Serverless::Function", "AWS::Lambda::Function" ->
              function(id, resource.getValue()).ifPresent(f -> functions.put(id, f));
          case "AWS::Lambda::EventSourceMapping" -> {
            mappings.add(properties);
            mappingIds.add(id);
          }
          case "AWS::SNS::Topic",
              "AWS::DynamoDB::Table",
              "AWS::Serverless::SimpleTable",
              "AWS::StepFunctions::StateMachine",
              "AWS::Serverless::StateMachine",
              "AWS::Serverless::Api",
              "AWS::Serverless::HttpApi",
              "AWS::ApiGateway::RestApi" ->
              warnings.add(id + " (" + type(id) + ") is not emulated locally");
          default -> {
            // IAM, logs, alarms, policies and the like have no local behaviour.
          }
        }
      }
      for (int i = 0; i < mappings.size(); i++) {
        eventSourceMapping(mappingIds.get(i), mappings.get(i), queues, functions);
      }
      return new Stack(
          account, buckets, queues, rules, List.copyOf(functions.values()), List.copyOf(warnings));
    }

    private BucketSpec bucket(String id, JsonNode properties) {
      JsonNode notifications = properties.path("NotificationConfiguration");
      boolean eventBridge =
          "true"
              .equals(
                  intrinsics.text(
                      notifications.path("EventBridgeConfiguration").path("EventBridgeEnabled"),
                      id + ".EventBridgeEnabled"));
      for (String kind :
          List.of("QueueConfigurations", "LambdaConfigurations", "TopicConfigurations")) {
        if (notifications.has(kind)) {
          warnings.add(
              id
                  + ": S3 notification "
                  + kind
                  + " are not emulated locally; only EventBridge delivery is");
        }
      }
      return new BucketSpec(id, name(id), eventBridge);
    }

    private QueueSpec queue(String id, JsonNode properties) {
      String name = name(id);
      Optional<QueueSpec.Redrive> redrive = Optional.empty();
      JsonNode policy = intrinsics.resolve(properties.path("RedrivePolicy"), id + ".RedrivePolicy");
      if (policy.isTextual()) {
        policy = Json.parse(policy.asText());
      }
      if (policy.isObject()) {
        String target = policy.path("deadLetterTargetArn").asText();
        String deadLetterId =
            queueIds().stream()
                .filter(q -> attribute(q, "Arn").asText().equals(target))
                .findFirst()
                .orElseThrow(
                    () ->
                        new LocalException(
                            id + ": dead-letter queue " + target + " is not in the template"));
        redrive =
            Optional.of(
                new QueueSpec.Redrive(deadLetterId, policy.path("maxReceiveCount").asInt(10)));
      }
      return new QueueSpec(
          id,
          name,
          sqsBase + "/" + account.accountId() + "/" + name,
          account.queueArn(name),
          isFifo(properties, id),
          intValue(properties.path("VisibilityTimeout"), 30, id + ".VisibilityTimeout"),
          redrive);
    }

    private Optional<RuleSpec> rule(String id, JsonNode properties) {
      JsonNode pattern = intrinsics.resolve(properties.path("EventPattern"), id + ".EventPattern");
      if (pattern.isTextual()) {
        pattern = Json.parse(pattern.asText());
      }
      if (!pattern.isObject()) {
        warnings.add(id + ": a rule without an event pattern (a schedule) is not emulated");
        return Optional.empty();
      }
      String bus =
          Optional.ofNullable(
                  intrinsics.text(properties.path("EventBusName"), id + ".EventBusName"))
              .orElse("default");
      String state =
          Optional.ofNullable(intrinsics.text(properties.path("State"), id + ".State"))
              .orElse("ENABLED");
      List<String> targets = new ArrayList<>();
      JsonNode declared = properties.path("Targets");
      for (int i = 0; i < declared.size(); i++) {
        JsonNode target = declared.get(i);
        String where = id + ".Targets[" + i + "]";
        String arn = intrinsics.text(target.path("Arn"), where + ".Arn");
        Optional<String> queue =
            queueIds().stream().filter(q -> attribute(q, "Arn").asText().equals(arn)).findFirst();
        if (queue.isEmpty()) {
          warnings.add(where + ": target " + arn + " is not a queue of the template; not emulated");
          continue;
        }
        for (String transform : List.of("Input", "InputPath", "InputTransformer")) {
          if (target.has(transform)) {
            warnings.add(where + ": " + transform + " is not emulated; the whole event is sent");
          }
        }
        targets.add(queue.get());
      }
      EventPattern.of(pattern, id);
      return Optional.of(new RuleSpec(id, bus, state.equals("ENABLED"), pattern, targets));
    }

    private Optional<FunctionSpec> function(String id, JsonNode resource) {
      JsonNode own = resource.path("Properties");
      JsonNode properties =
          type(id).equals("AWS::Serverless::Function")
              ? merge(root.path("Globals").path("Function"), own)
              : own;
      Optional<ImageSpec> image = Optional.empty();
      String runtime;
      String handler;
      if ("Image".equals(intrinsics.text(properties.path("PackageType"), id + ".PackageType"))) {
        JsonNode metadata = resource.path("Metadata");
        if (!metadata.hasNonNull("Dockerfile")) {
          warnings.add(
              id
                  + ": a container image without Metadata.Dockerfile (a prebuilt ImageUri) is not"
                  + " emulated locally");
          return Optional.empty();
        }
        ImageSpec spec = image(id, metadata, properties.path("ImageConfig"));
        image = Optional.of(spec);
        runtime = spec.runtime();
        handler = spec.handler();
      } else {
        runtime = intrinsics.text(properties.path("Runtime"), id + ".Runtime");
        if (runtime == null || !runtime.startsWith("java")) {
          warnings.add(
              id + ": runtime " + runtime + " is not emulated locally; only Java functions run");
          return Optional.empty();
        }
        handler = intrinsics.text(properties.path("Handler"), id + ".Handler");
      }
      Map<String, String> environment = new LinkedHashMap<>();
      JsonNode variables =
          intrinsics.resolve(
              properties.path("Environment").path("Variables"), id + ".Environment.Variables");
      for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> variable = it.next();
        if (!variable.getValue().isNull()) {
          environment.put(variable.getKey(), variable.getValue().asText());
        }
      }
      List<SqsTrigger> triggers = new ArrayList<>();
      JsonNode events = properties.path("Events");
      for (Iterator<Map.Entry<String, JsonNode>> it = events.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> event = it.next();
        String where = id + ".Events." + event.getKey();
        String eventType = event.getValue().path("Type").asText();
        JsonNode eventProperties = event.getValue().path("Properties");
        if (!eventType.equals("SQS")) {
          warnings.add(
              id
                  + ": event "
                  + event.getKey()
                  + " of type "
                  + eventType
                  + " is not emulated locally; only SQS triggers are");
          continue;
        }
        sqsTrigger(event.getKey(), eventProperties, where).ifPresent(triggers::add);
      }
      // Lambda turns the logging configuration into variables the runtime client reads.
      JsonNode logging = properties.path("LoggingConfig");
      String logFormat = intrinsics.text(logging.path("LogFormat"), id + ".LogFormat");
      String logLevel =
          intrinsics.text(logging.path("ApplicationLogLevel"), id + ".ApplicationLogLevel");
      if (logFormat != null) {
        environment.put("AWS_LAMBDA_LOG_FORMAT", logFormat.toUpperCase(Locale.ROOT));
      }
      if (logLevel != null) {
        environment.put("AWS_LAMBDA_LOG_LEVEL", logLevel.toUpperCase(Locale.ROOT));
      }
      String logGroup =
          Optional.ofNullable(
                  intrinsics.text(
                      properties.path("LoggingConfig").path("LogGroup"), id + ".LogGroup"))
              .orElse("/aws/lambda/" + name(id));
      return Optional.of(
          new FunctionSpec(
              id,
              name(id),
              handler,
              runtime,
              intValue(properties.path("MemorySize"), 128, id + ".MemorySize"),
              intValue(properties.path("Timeout"), 3, id + ".Timeout"),
              logGroup,
              environment,
              triggers,
              image));
    }

    /**
     * A container image function's image, from its Dockerfile (SAM's {@code Metadata}: {@code
     * Dockerfile} relative to {@code DockerContext}, which is relative to the template's folder;
     * {@code DockerBuildArgs}; {@code DockerBuildTarget}) and its {@code ImageConfig}, which
     * overrides the Dockerfile as Lambda does.
     */
    private ImageSpec image(String id, JsonNode metadata, JsonNode imageConfig) {
      String contextName = metadata.path("DockerContext").asText(".");
      Path context = folder.resolve(contextName).normalize();
      Path dockerfile = context.resolve(metadata.path("Dockerfile").asText()).normalize();
      Map<String, String> buildArgs = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = metadata.path("DockerBuildArgs").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> arg = it.next();
        buildArgs.put(arg.getKey(), arg.getValue().asText());
      }
      String target =
          metadata.hasNonNull("DockerBuildTarget")
              ? metadata.path("DockerBuildTarget").asText()
              : null;
      ImageSpec spec = Dockerfile.read(dockerfile).image(context, buildArgs, target);

      JsonNode config = intrinsics.resolve(imageConfig, id + ".ImageConfig");
      if (config.has("EntryPoint")) {
        throw new LocalException(
            id
                + ".ImageConfig.EntryPoint: a custom entrypoint is not run locally; the runtime"
                + " interface client runs the handler, as the Java base image's entrypoint does");
      }
      JsonNode command = config.path("Command");
      if (!command.isMissingNode()) {
        if (!command.isArray() || command.size() != 1 || !command.get(0).isTextual()) {
          throw new LocalException(
              id
                  + ".ImageConfig.Command must name exactly one handler, as [package.Class::method]");
        }
        spec = spec.withHandler(command.get(0).asText());
      }
      JsonNode workingDirectory = config.path("WorkingDirectory");
      if (!workingDirectory.isMissingNode()) {
        String directory = workingDirectory.asText();
        if (!directory.startsWith("/")) {
          throw new LocalException(
              id + ".ImageConfig.WorkingDirectory must be an absolute path, got " + directory);
        }
        spec = spec.withWorkingDirectory(Dockerfile.normalize(directory));
      }
      if (spec.handler() == null) {
        throw new LocalException(
            id
                + ": "
                + spec.dockerfile()
                + " has no CMD and ImageConfig.Command is not set, so there is no handler to run");
      }
      return spec;
    }

    private Optional<SqsTrigger> sqsTrigger(String name, JsonNode properties, String where) {
      String arn = intrinsics.text(properties.path("Queue"), where + ".Queue");
      Optional<String> queue =
          queueIds().stream().filter(q -> attribute(q, "Arn").asText().equals(arn)).findFirst();
      if (queue.isEmpty()) {
        warnings.add(where + ": queue " + arn + " is not in the template; not emulated");
        return Optional.empty();
      }
      return Optional.of(
          new SqsTrigger(
              name,
              queue.get(),
              intValue(properties.path("BatchSize"), 10, where + ".BatchSize"),
              reportsItemFailures(properties.path("FunctionResponseTypes"), where),
              !"false".equals(intrinsics.text(properties.path("Enabled"), where + ".Enabled")),
              filterCriteria(properties.path("FilterCriteria"), where)));
    }

    /** The event source's filters; each {@code Pattern} is a JSON string in the template. */
    private FilterCriteria filterCriteria(JsonNode criteria, String where) {
      JsonNode filters =
          intrinsics.resolve(criteria.path("Filters"), where + ".FilterCriteria.Filters");
      List<String> patterns = new ArrayList<>();
      for (int i = 0; i < filters.size(); i++) {
        JsonNode pattern = filters.get(i).path("Pattern");
        if (!pattern.isTextual()) {
          throw new LocalException(
              where + ".FilterCriteria.Filters[" + i + "].Pattern must be a JSON string");
        }
        patterns.add(pattern.asText());
      }
      return FilterCriteria.parse(patterns, where);
    }

    private void eventSourceMapping(
        String id,
        JsonNode properties,
        List<QueueSpec> queues,
        Map<String, FunctionSpec> functions) {
      String source = intrinsics.text(properties.path("EventSourceArn"), id + ".EventSourceArn");
      String target = intrinsics.text(properties.path("FunctionName"), id + ".FunctionName");
      Optional<QueueSpec> queue = queues.stream().filter(q -> q.arn().equals(source)).findFirst();
      Optional<FunctionSpec> function =
          functions.values().stream()
              .filter(
                  f ->
                      f.name().equals(target)
                          || f.logicalId().equals(target)
                          || account.functionArn(f.name()).equals(target))
              .findFirst();
      if (queue.isEmpty() || function.isEmpty()) {
        warnings.add(id + ": only mappings from a template queue to a Java function are emulated");
        return;
      }
      List<SqsTrigger> triggers = new ArrayList<>(function.get().sqsTriggers());
      triggers.add(
          new SqsTrigger(
              id,
              queue.get().logicalId(),
              intValue(properties.path("BatchSize"), 10, id + ".BatchSize"),
              reportsItemFailures(properties.path("FunctionResponseTypes"), id),
              !"false".equals(intrinsics.text(properties.path("Enabled"), id + ".Enabled")),
              filterCriteria(properties.path("FilterCriteria"), id)));
      FunctionSpec f = function.get();
      functions.put(
          f.logicalId(),
          new FunctionSpec(
              f.logicalId(),
              f.name(),
              f.handler(),
              f.runtime(),
              f.memoryMb(),
              f.timeoutSeconds(),
              f.logGroup(),
              f.environment(),
              triggers,
              f.image()));
    }

    @Override
    public JsonNode ref(String logicalId) {
      if (!exists(logicalId)) {
        return null;
      }
      return switch (type(logicalId)) {
        case "AWS::SQS::Queue" ->
            NODES.textNode(sqsBase + "/" + account.accountId() + "/" + name(logicalId));
        default -> NODES.textNode(name(logicalId));
      };
    }

    @Override
    public JsonNode attribute(String logicalId, String attribute) {
      if (!exists(logicalId)) {
        return null;
      }
      String name = name(logicalId);
      String region = account.region();
      String accountId = account.accountId();
      String value =
          switch (type(logicalId) + "." + attribute) {
            case "AWS::S3::Bucket.Arn" -> "arn:aws:s3:::" + name;
            case "AWS::S3::Bucket.DomainName" -> name + ".s3.amazonaws.com";
            case "AWS::S3::Bucket.RegionalDomainName" -> name + ".s3." + region + ".amazonaws.com";
            case "AWS::SQS::Queue.Arn" -> account.queueArn(name);
            case "AWS::SQS::Queue.QueueName" -> name;
            case "AWS::SQS::Queue.QueueUrl" -> sqsBase + "/" + accountId + "/" + name;
            case "AWS::Serverless::Function.Arn", "AWS::Lambda::Function.Arn" ->
                account.functionArn(name);
            case "AWS::Logs::LogGroup.Arn" ->
                "arn:aws:logs:" + region + ":" + accountId + ":log-group:" + name + ":*";
            case "AWS::IAM::Role.Arn" -> "arn:aws:iam::" + accountId + ":role/" + name;
            case "AWS::Events::Rule.Arn" ->
                "arn:aws:events:" + region + ":" + accountId + ":rule/" + name;
            default ->
                attribute.equals("Arn")
                    ? "arn:aws:local:" + region + ":" + accountId + ":" + logicalId
                    : name + "-" + attribute;
          };
      return NODES.textNode(value);
    }

    /** The physical name: the template's explicit name, or one built from the logical id. */
    private String name(String logicalId) {
      String known = names.get(logicalId);
      if (known != null) {
        return known;
      }
      JsonNode properties = resources().get(logicalId).path("Properties");
      String type = type(logicalId);
      String property =
          switch (type) {
            case "AWS::S3::Bucket" -> "BucketName";
            case "AWS::SQS::Queue" -> "QueueName";
            case "AWS::Serverless::Function", "AWS::Lambda::Function" -> "FunctionName";
            case "AWS::Logs::LogGroup" -> "LogGroupName";
            case "AWS::IAM::Role" -> "RoleName";
            default -> "Name";
          };
      String explicit = intrinsics.text(properties.path(property), logicalId + "." + property);
      String name;
      if (explicit != null) {
        name = explicit;
      } else if (type.equals("AWS::S3::Bucket")) {
        name = (account.stackName() + "-" + logicalId).toLowerCase(Locale.ROOT);
      } else {
        name = account.stackName() + "-" + logicalId;
        if (type.equals("AWS::SQS::Queue") && isFifo(properties, logicalId)) {
          name += ".fifo";
        }
      }
      names.put(logicalId, name);
      return name;
    }

    private boolean isFifo(JsonNode properties, String id) {
      return "true".equals(intrinsics.text(properties.path("FifoQueue"), id + ".FifoQueue"));
    }

    private boolean reportsItemFailures(JsonNode types, String where) {
      JsonNode resolved = intrinsics.resolve(types, where + ".FunctionResponseTypes");
      for (JsonNode type : resolved) {
        if (type.asText().equals("ReportBatchItemFailures")) {
          return true;
        }
      }
      return false;
    }

    private int intValue(JsonNode node, int fallback, String where) {
      String text = intrinsics.text(node, where);
      if (text == null) {
        return fallback;
      }
      try {
        return Integer.parseInt(text.strip());
      } catch (NumberFormatException e) {
        throw new LocalException(where + " must be a whole number, got '" + text + "'");
      }
    }

    private List<String> queueIds() {
      return resources().keySet().stream()
          .filter(id -> type(id).equals("AWS::SQS::Queue"))
          .toList();
    }

    private boolean exists(String logicalId) {
      return resources().containsKey(logicalId);
    }

    private String type(String logicalId) {
      return resources().get(logicalId).path("Type").asText();
    }

    /** The resources whose Condition holds, in template order. */
    private Map<String, JsonNode> resources() {
      if (present != null) {
        return present;
      }
      Map<String, JsonNode> found = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.path("Resources").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> resource = it.next();
        JsonNode condition = resource.getValue().path("Condition");
        if (condition.isTextual() && !intrinsics.condition(condition.asText())) {
          continue;
        }
        found.put(resource.getKey(), resource.getValue());
      }
      present = found;
      return present;
    }
  }

  /** SAM Globals under a function's own properties: maps merge, anything else is replaced. */
  static JsonNode merge(JsonNode globals, JsonNode own) {
    if (!globals.isObject()) {
      return own.isMissingNode() ? NODES.objectNode() : own;
    }
    if (!own.isObject()) {
      return globals;
    }
    ObjectNode merged = globals.deepCopy();
    for (Iterator<Map.Entry<String, JsonNode>> it = own.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode global = merged.get(field.getKey());
      boolean plainMaps =
          global != null
              && global.isObject()
              && field.getValue().isObject()
              && !isIntrinsic(global)
              && !isIntrinsic(field.getValue());
      merged.set(field.getKey(), plainMaps ? merge(global, field.getValue()) : field.getValue());
    }
    return merged;
  }

  private static boolean isIntrinsic(JsonNode node) {
    if (node.size() != 1) {
      return false;
    }
    String name = node.fieldNames().next();
    return name.equals("Ref") || name.startsWith("Fn::") || name.equals("Condition");
  }
}
