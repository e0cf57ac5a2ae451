package dev.digest.local;

import dev.digest.local.EventBus.Delivery;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The template running on this machine: emulated buckets and queues, the default event bus, one JVM
 * per function and one poller per SQS trigger, started together and stopped together.
 */
final class LocalStack implements AutoCloseable {
  /**
   * How long a failed message stays hidden before SQS hands it out again. The template's
   * VisibilityTimeout is minutes, sized for AWS; locally retries should take seconds.
   */
  static final Duration RETRY_DELAY = Duration.ofSeconds(2);

  /**
   * What to run and where.
   *
   * @param template the template file
   * @param functionsRoot the folder with one Maven module per function ({@code functions/})
   * @param runtimeDir the folder with the Lambda runtime interface client
   * @param logsDir where function logs are written, or null to print them instead
   * @param echo where function log lines are also printed, or null
   * @param parameters template parameter values
   */
  record Settings(
      Path template,
      Path functionsRoot,
      Path runtimeDir,
      Path logsDir,
      PrintStream echo,
      Map<String, String> parameters) {
    /** Copies the parameters. */
    Settings {
      parameters = Map.copyOf(parameters);
    }
  }

  /**
   * One uploaded file and the queues its event reached.
   *
   * @param name the name the file is reported under
   * @param bucket the bucket it was put in
   * @param key the object key
   * @param deliveries where its "Object Created" event went
   */
  record Upload(String name, BucketSpec bucket, String key, List<Delivery> deliveries) {
    /** Copies the deliveries. */
    Upload {
      deliveries = List.copyOf(deliveries);
    }
  }

  private static volatile boolean interrupted;

  private final LocalAccount account = LocalAccount.DEFAULT;
  private final Settings settings;
  private final List<FunctionHost> hosts = new ArrayList<>();
  private final Map<String, FunctionLog> logs = new LinkedHashMap<>();
  private final List<SqsEventSource> pollers = new ArrayList<>();
  private final Ledger ledger = new Ledger();
  private Emulators emulators;
  private Stack stack;
  private EventBus bus;
  private Path scratch;
  private Thread shutdownHook;
  private boolean closed;

  private LocalStack(Settings settings) {
    this.settings = settings;
  }

  /**
   * Starts emulators, creates the template's buckets and queues and starts the chosen functions.
   *
   * @param settings what to run and where
   * @param functionIds the functions to start, by logical id; null for every function with an SQS
   *     trigger, whose pollers then start too
   * @param err where progress and warnings go
   */
  static LocalStack start(Settings settings, List<String> functionIds, PrintStream err) {
    Template template = Template.read(settings.template());
    LocalStack local = new LocalStack(settings);
    // Ctrl-C or a kill must not leave function JVMs behind.
    local.shutdownHook =
        new Thread(
            () -> {
              interrupted = true;
              local.close();
            },
            "local-shutdown");
    Runtime.getRuntime().addShutdownHook(local.shutdownHook);
    try {
      local.boot(template, functionIds, err);
      return local;
    } catch (RuntimeException e) {
      local.close();
      throw e;
    }
  }

  private void boot(Template template, List<String> functionIds, PrintStream err) {
    emulators = Emulators.start(account);
    stack = template.resolve(account, emulators.sqsEndpoint(), settings.parameters());
    stack.warnings().forEach(w -> err.println("local: not emulated: " + w));
    List<FunctionSpec> functions = chooseFunctions(functionIds);
    try {
      scratch = Files.createTempDirectory("digest-local-");
    } catch (IOException e) {
      throw new LocalException("Cannot create a scratch folder: " + e, e);
    }
    FunctionRuntime runtime =
        FunctionRuntime.prepare(
            settings.runtimeDir(),
            settings.functionsRoot(),
            scratch,
            account,
            Map.of(
                "AWS_ENDPOINT_URL_S3", emulators.s3Endpoint().toString(),
                "AWS_ENDPOINT_URL_SQS", emulators.sqsEndpoint().toString()));
    functions.forEach(runtime::requireCode);
    createBuckets();
    createQueues();
    Map<String, QueueSpec> queues = new LinkedHashMap<>();
    stack.queues().forEach(q -> queues.put(q.logicalId(), q));
    bus = new EventBus(stack.rules(), queues, emulators.sqs());
    err.println(
        "local: S3 at "
            + emulators.s3Endpoint()
            + ", SQS at "
            + emulators.sqsEndpoint()
            + "; "
            + stack.buckets().size()
            + " buckets, "
            + stack.queues().size()
            + " queues, "
            + stack.rules().size()
            + " rules; starting "
            + String.join(", ", functions.stream().map(FunctionSpec::logicalId).toList()));
    List<String> slow =
        stack.queues().stream()
            .filter(q -> q.visibilityTimeoutSeconds() > RETRY_DELAY.toSeconds())
            .filter(q -> !stack.consumersOf(q.logicalId()).isEmpty())
            .map(q -> q.logicalId() + " " + q.visibilityTimeoutSeconds() + " s")
            .toList();
    if (!slow.isEmpty()) {
      err.println(
          "local: failed messages are retried after "
              + RETRY_DELAY.toSeconds()
              + " s, not after the template's VisibilityTimeout ("
              + String.join(", ", slow)
              + ")");
    }
    for (FunctionSpec function : functions) {
      FunctionLog log =
          settings.logsDir() == null
              ? FunctionLog.printed(settings.echo())
              : FunctionLog.toFile(
                  settings.logsDir().resolve(function.logicalId() + ".log"), settings.echo());
      logs.put(function.logicalId(), log);
      FunctionHost host = new FunctionHost(function, runtime, account, log);
      hosts.add(host);
      host.start();
    }
    if (functionIds == null) {
      for (FunctionHost host : hosts) {
        for (SqsTrigger trigger : host.function().sqsTriggers()) {
          if (!trigger.enabled()) {
            continue;
          }
          SqsEventSource poller =
              new SqsEventSource(
                  trigger,
                  stack.queue(trigger.queueId()).orElseThrow(),
                  host,
                  emulators.sqs(),
                  account,
                  ledger,
                  RETRY_DELAY);
          pollers.add(poller);
          poller.start();
        }
      }
    }
  }

  private List<FunctionSpec> chooseFunctions(List<String> functionIds) {
    if (functionIds == null) {
      return stack.functions().stream()
          .filter(f -> f.sqsTriggers().stream().anyMatch(SqsTrigger::enabled))
          .toList();
    }
    List<FunctionSpec> chosen = new ArrayList<>();
    for (String id : functionIds) {
      chosen.add(
          stack
              .function(id)
              .orElseThrow(
                  () ->
                      new LocalException(
                          "No Java function "
                              + id
                              + " in the template; functions: "
                              + String.join(
                                  ", ",
                                  stack.functions().stream()
                                      .map(FunctionSpec::logicalId)
                                      .toList()))));
    }
    return chosen;
  }

  private void createBuckets() {
    for (BucketSpec bucket : stack.buckets()) {
      emulators.s3().createBucket(b -> b.bucket(bucket.name()));
    }
  }

  /** Dead-letter queues first, so every redrive policy names a queue that exists. */
  private void createQueues() {
    for (QueueSpec queue : stack.queues()) {
      Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
      attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, Long.toString(RETRY_DELAY.toSeconds()));
      if (queue.fifo()) {
        attributes.put(QueueAttributeName.FIFO_QUEUE, "true");
        attributes.put(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true");
      }
      emulators.sqs().createQueue(b -> b.queueName(queue.name()).attributes(attributes));
    }
    for (QueueSpec queue : stack.queues()) {
      queue
          .redrive()
          .ifPresent(
              redrive -> {
                String policy =
                    "{\"deadLetterTargetArn\":\""
                        + stack.queue(redrive.deadLetterQueueId()).orElseThrow().arn()
                        + "\",\"maxReceiveCount\":"
                        + redrive.maxReceiveCount()
                        + "}";
                emulators
                    .sqs()
                    .setQueueAttributes(
                        b ->
                            b.queueUrl(queue.url())
                                .attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, policy)));
              });
    }
  }

  /**
   * Whether the JVM is shutting down (Ctrl-C) and the stack was stopped under a running command.
   */
  static boolean interrupted() {
    return interrupted;
  }

  /** The resolved template. */
  Stack stack() {
    return stack;
  }

  /** The running host of a function started by {@link #start}. */
  FunctionHost host(String logicalId) {
    return hosts.stream()
        .filter(h -> h.function().logicalId().equals(logicalId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Not started: " + logicalId));
  }

  /** The log of a started function. */
  FunctionLog log(String logicalId) {
    return logs.get(logicalId);
  }

  /** Every attempt the pollers made. */
  Ledger ledger() {
    return ledger;
  }

  /**
   * Puts a file into a bucket and, when the bucket sends events to EventBridge, publishes its
   * "Object Created" event on the default bus.
   */
  Upload upload(BucketSpec bucket, String key, Path file, String name) {
    PutObjectResponse put =
        emulators.s3().putObject(b -> b.bucket(bucket.name()).key(key), RequestBody.fromFile(file));
    List<Delivery> deliveries = List.of();
    if (bucket.eventBridgeEnabled()) {
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        throw new LocalException("Cannot read " + file + ": " + e, e);
      }
      deliveries =
          bus.publish(
              S3EventBridgeEvents.objectCreated(
                  account,
                  bucket.name(),
                  key,
                  size,
                  put.eTag() == null ? "" : put.eTag().replace("\"", ""),
                  Instant.now()));
    }
    return new Upload(name, bucket, key, deliveries);
  }

  /**
   * Waits until no polled queue holds a message (visible, in flight or delayed) and no batch is
   * being handled, twice in a row.
   *
   * @return false when the timeout came first
   */
  boolean awaitDrained(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int quietChecks = 0;
    while (System.nanoTime() < deadline) {
      quietChecks = drained() ? quietChecks + 1 : 0;
      if (quietChecks >= 2) {
        return true;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private boolean drained() {
    if (pollers.stream().anyMatch(SqsEventSource::busy)) {
      return false;
    }
    for (FunctionHost host : hosts) {
      for (SqsTrigger trigger : host.function().sqsTriggers()) {
        QueueSpec queue = stack.queue(trigger.queueId()).orElseThrow();
        GetQueueAttributesResponse attributes =
            emulators
                .sqs()
                .getQueueAttributes(
                    b ->
                        b.queueUrl(queue.url())
                            .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED));
        for (String count : attributes.attributesAsStrings().values()) {
          if (!count.equals("0")) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Every message in a dead-letter queue, by the queue's logical id. */
  Map<String, List<Message>> deadLetters() {
    Map<String, List<Message>> letters = new LinkedHashMap<>();
    for (QueueSpec queue : stack.queues()) {
      if (stack.sourcesOf(queue.logicalId()).isEmpty()) {
        continue;
      }
      List<Message> messages = new ArrayList<>();
      while (true) {
        List<Message> received =
            emulators
                .sqs()
                .receiveMessage(
                    b ->
                        b.queueUrl(queue.url())
                            .maxNumberOfMessages(10)
                            .visibilityTimeout(300)
                            .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                .messages();
        if (received.isEmpty()) {
          break;
        }
        messages.addAll(received);
      }
      letters.put(queue.logicalId(), List.copyOf(messages));
    }
    return letters;
  }

  /**
   * Copies every bucket no upload went to into a folder, keys as paths: one bucket straight into
   * it, several each into a subfolder named after the bucket's logical id.
   *
   * @return the files written
   */
  List<Path> mirror(Path dir, List<BucketSpec> uploadBuckets) {
    List<BucketSpec> derived =
        stack.buckets().stream().filter(b -> !uploadBuckets.contains(b)).toList();
    List<Path> written = new ArrayList<>();
    for (BucketSpec bucket : derived) {
      Path base = derived.size() == 1 ? dir : dir.resolve(bucket.logicalId());
      List<S3Object> objects =
          emulators.s3().listObjectsV2Paginator(b -> b.bucket(bucket.name())).contents().stream()
              .toList();
      for (S3Object object : objects) {
        Path target = base.resolve(object.key()).normalize();
        if (!target.startsWith(base.normalize()) || object.key().endsWith("/")) {
          continue;
        }
        try (InputStream in =
            emulators.s3().getObject(b -> b.bucket(bucket.name()).key(object.key()))) {
          Path parent = target.getParent();
          if (parent != null) {
            Files.createDirectories(parent);
          }
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          written.add(target);
        } catch (IOException e) {
          throw new LocalException("Cannot write " + target + ": " + e, e);
        }
      }
    }
    return written;
  }

  /** Stops the pollers and the function JVMs, so their logs are complete. */
  synchronized void stopFunctions() {
    pollers.forEach(SqsEventSource::close);
    hosts.forEach(FunctionHost::close);
  }

  /** Stops everything; safe to call twice, and from a shutdown hook. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook is running or about to.
      }
    }
    stopFunctions();
    logs.values().forEach(FunctionLog::close);
    if (emulators != null) {
      emulators.close();
    }
    if (scratch != null) {
      try (Stream<Path> files = Files.walk(scratch)) {
        for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        // Leftover scratch files under the temp folder are harmless.
      }
    }
  }
}
