package dev.digest.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One execution environment of a function: its own JVM running the Lambda runtime interface client
 * against a local Runtime API. Invocations run one at a time, as in one Lambda sandbox; a timeout
 * or a crash ends the JVM and the next invocation starts a fresh one (a cold start).
 */
final class FunctionHost implements AutoCloseable {
  /** Longest a JVM may take to start and initialise the handler, on top of the timeout. */
  private static final Duration INIT_ALLOWANCE = Duration.ofSeconds(10);

  private final FunctionSpec function;
  private final FunctionRuntime runtime;
  private final LocalAccount account;
  private final FunctionLog log;
  // Read without the lock by close(), which must not wait for a running invocation.
  private volatile Sandbox sandbox;
  private volatile boolean closed;

  /** A running JVM with its Runtime API and the threads that copy its output into the log. */
  private static final class Sandbox {
    private final Process process;
    private final RuntimeApi api;
    private final List<Thread> readers;
    private final long startedNanos = System.nanoTime();
    private boolean warm;

    Sandbox(Process process, RuntimeApi api, List<Thread> readers) {
      this.process = process;
      this.api = api;
      this.readers = List.copyOf(readers);
    }

    Process process() {
      return process;
    }

    RuntimeApi api() {
      return api;
    }
  }

  FunctionHost(
      FunctionSpec function, FunctionRuntime runtime, LocalAccount account, FunctionLog log) {
    this.function = function;
    this.runtime = runtime;
    this.account = account;
    this.log = log;
  }

  /** The function this host runs. */
  FunctionSpec function() {
    return function;
  }

  /** Starts the JVM ahead of the first invocation, as a provisioned environment would be. */
  synchronized void start() {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    if (sandbox == null || !sandbox.process().isAlive()) {
      discard();
      sandbox = launch();
    }
  }

  /**
   * Invokes the function once and waits for its result, stopping it at the template's timeout.
   *
   * @param payload the event, as JSON
   */
  synchronized InvocationResult invoke(byte[] payload) {
    start();
    Sandbox current = sandbox;
    String requestId = UUID.randomUUID().toString();
    Duration timeout = Duration.ofSeconds(function.timeoutSeconds());
    RuntimeApi.Invocation invocation = new RuntimeApi.Invocation(requestId, payload, timeout);
    log.append("START RequestId: " + requestId + " Version: $LATEST");
    current.api().submit(invocation);
    long submitted = System.nanoTime();

    InvocationResult result = awaitStart(current, invocation, timeout);
    long started = System.nanoTime();
    if (result == null) {
      result = awaitResult(current, invocation, timeout);
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - started);
    result =
        new InvocationResult(
            requestId,
            result.kind(),
            result.payload(),
            result.errorType(),
            result.errorMessage(),
            duration);
    report(current, requestId, duration, submitted);
    if (!current.process().isAlive() || result.kind() == InvocationResult.Kind.TIMEOUT) {
      discard();
    }
    return result;
  }

  private InvocationResult awaitStart(
      Sandbox current, RuntimeApi.Invocation invocation, Duration timeout) {
    long limit = System.nanoTime() + INIT_ALLOWANCE.plus(timeout).toNanos();
    while (true) {
      try {
        invocation.started().get(100, TimeUnit.MILLISECONDS);
        return null;
      } catch (TimeoutException e) {
        if (!current.process().isAlive()) {
          current.api().withdraw(invocation);
          return exited(current, invocation.requestId());
        }
        if (System.nanoTime() > limit) {
          current.api().withdraw(invocation);
          kill(current);
          return timedOut(invocation.requestId(), INIT_ALLOWANCE.plus(timeout), "Init");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return interrupted(invocation.requestId());
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private InvocationResult awaitResult(
      Sandbox current, RuntimeApi.Invocation invocation, Duration timeout) {
    long deadline = invocation.started().join();
    while (true) {
      try {
        return invocation.done().get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (invocation.done().isDone()) {
          continue;
        }
        if (!current.process().isAlive()) {
          return invocation.done().isDone()
              ? invocation.done().join()
              : exited(current, invocation.requestId());
        }
        if (System.currentTimeMillis() > deadline) {
          kill(current);
          return timedOut(invocation.requestId(), timeout, "Task");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return interrupted(invocation.requestId());
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private InvocationResult exited(Sandbox current, String requestId) {
    int status = waitForExit(current.process());
    JsonNode initError = current.api().initError();
    if (initError != null) {
      return new InvocationResult(
          requestId,
          InvocationResult.Kind.ERROR,
          initError.toString(),
          initError.path("errorType").asText("Runtime.Unknown"),
          initError.path("errorMessage").asText(),
          null);
    }
    String message =
        "RequestId: " + requestId + " Error: Runtime exited with error: exit status " + status;
    log.append(message);
    return new InvocationResult(
        requestId,
        InvocationResult.Kind.ERROR,
        "{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":\"" + message + "\"}",
        "Runtime.ExitError",
        message,
        null);
  }

  private InvocationResult timedOut(String requestId, Duration limit, String phase) {
    String message =
        String.format(
            Locale.ROOT, "%s timed out after %.2f seconds", phase, limit.toMillis() / 1000.0);
    log.append(Instant.now() + " " + requestId + " " + message);
    return new InvocationResult(
        requestId,
        InvocationResult.Kind.TIMEOUT,
        "{\"errorType\":\"Sandbox.Timedout\",\"errorMessage\":\"" + message + "\"}",
        "Sandbox.Timedout",
        message,
        null);
  }

  private static InvocationResult interrupted(String requestId) {
    return new InvocationResult(
        requestId,
        InvocationResult.Kind.ERROR,
        "",
        "Local.Interrupted",
        "The run was stopped",
        null);
  }

  /** Writes the END and REPORT lines the Lambda service adds to every invocation's log. */
  private void report(Sandbox current, String requestId, Duration duration, long submitted) {
    StringBuilder report = new StringBuilder();
    double millis = duration.toNanos() / 1_000_000.0;
    report.append(
        String.format(Locale.ROOT, "REPORT RequestId: %s\tDuration: %.2f ms", requestId, millis));
    report.append("\tBilled Duration: ").append((long) Math.ceil(millis)).append(" ms");
    report.append("\tMemory Size: ").append(function.memoryMb()).append(" MB");
    long maxMemory = maxMemoryMb(current.process());
    if (maxMemory > 0) {
      report.append("\tMax Memory Used: ").append(maxMemory).append(" MB");
    }
    if (!current.warm) {
      current.warm = true;
      long firstPoll = current.api().firstPollNanos();
      if (firstPoll > 0) {
        report.append(
            String.format(
                Locale.ROOT,
                "\tInit Duration: %.2f ms",
                (firstPoll - current.startedNanos) / 1_000_000.0));
      }
    }
    log.append("END RequestId: " + requestId);
    log.append(report.toString());
  }

  private Sandbox launch() {
    runtime.requireCode(function);
    RuntimeApi api = new RuntimeApi(function, account);
    Process process;
    try {
      process = runtime.processBuilder(function, api.address()).start();
    } catch (IOException e) {
      api.close();
      throw new LocalException("Cannot start the JVM for " + function.logicalId() + ": " + e, e);
    }
    List<Thread> readers = new ArrayList<>();
    readers.add(copy(process.getInputStream(), "stdout"));
    readers.add(copy(process.getErrorStream(), "stderr"));
    return new Sandbox(process, api, readers);
  }

  private Thread copy(InputStream stream, String name) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  log.append(line);
                }
              } catch (IOException e) {
                // The process ended; nothing more to copy.
              }
            },
            function.logicalId() + "-" + name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Peak resident memory from /proc, as REPORT's "Max Memory Used"; 0 when unknown. */
  private static long maxMemoryMb(Process process) {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring("VmHWM:".length()).replace("kB", "").strip();
          return Long.parseLong(kb) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private static void kill(Sandbox current) {
    current.process().descendants().forEach(ProcessHandle::destroyForcibly);
    current.process().destroyForcibly();
    waitForExit(current.process());
  }

  private static int waitForExit(Process process) {
    try {
      if (process.waitFor(5, TimeUnit.SECONDS)) {
        return process.exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return -1;
  }

  /** Ends the current JVM, if any, and waits for its last log lines. */
  private void discard() {
    if (sandbox == null) {
      return;
    }
    Sandbox old = sandbox;
    sandbox = null;
    if (old.process().isAlive()) {
      kill(old);
    }
    old.api().close();
    for (Thread reader : old.readers) {
      try {
        reader.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Stops the JVM, so no function process outlives the run. */
  @Override
  public void close() {
    closed = true;
    Sandbox current = sandbox;
    if (current != null && current.process().isAlive()) {
      // Kill first, without the lock, so a close during a long invocation is not kept waiting.
      kill(current);
    }
    synchronized (this) {
      discard();
    }
  }
}
