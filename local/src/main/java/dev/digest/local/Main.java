package dev.digest.local;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line of the local stack: {@code process}, {@code invoke} and {@code demo}, run from the
 * repository root (scripts/local does that).
 */
public final class Main {
  /** Exit status when a function invoked with {@code invoke} failed. */
  static final int FUNCTION_FAILED = 1;

  /** Exit status for a command line that makes no sense. */
  static final int USAGE = 2;

  /** Exit status when the local stack itself could not run. */
  static final int LOCAL_ERROR = 3;

  /** Exit status after Ctrl-C, as shells report SIGINT. */
  static final int INTERRUPTED = 130;

  private static final String USAGE_TEXT =
      """
      Usage: scripts/local [options] COMMAND
        process --out DIR [--timeout SECONDS] FILE|DIR...
                            upload the files, let the functions run, copy their outputs to DIR
        invoke LOGICAL_ID -e EVENT.json
                            invoke one function once with an event; response on stdout
        demo                process every file under samples/ into out/ and show the outputs
      Options:
        --template FILE     the template (default infrastructure/template.yaml)
        --functions DIR     where function modules are (default functions)
        --runtime DIR       the Lambda runtime client JARs (default: runtime/ beside local.jar)
        --parameter K=V     a template parameter value (repeatable)
      """;

  private Main() {}

  /** Runs a command and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs a command.
   *
   * @return the exit status: 0, {@link #FUNCTION_FAILED}, {@link #USAGE} or {@link #LOCAL_ERROR}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      return dispatch(List.of(args), out, err);
    } catch (UsageException e) {
      err.println("local: " + e.getMessage());
      err.print(USAGE_TEXT);
      return USAGE;
    } catch (LocalException e) {
      err.println("local: error: " + e.getMessage());
      return LOCAL_ERROR;
    } catch (RuntimeException e) {
      if (LocalStack.interrupted()) {
        err.println("local: stopped");
        return INTERRUPTED;
      }
      err.println("local: internal error: " + e);
      e.printStackTrace(err);
      return LOCAL_ERROR;
    }
  }

  private static int dispatch(List<String> args, PrintStream out, PrintStream err) {
    Path template = Path.of("infrastructure", "template.yaml");
    Path functions = Path.of("functions");
    Path runtime = null;
    Map<String, String> parameters = new LinkedHashMap<>();
    int i = 0;
    while (i < args.size() && args.get(i).startsWith("--")) {
      String option = args.get(i);
      if (option.equals("--help")) {
        out.print(USAGE_TEXT);
        return 0;
      }
      String value = value(args, i);
      switch (option) {
        case "--template" -> template = Path.of(value);
        case "--functions" -> functions = Path.of(value);
        case "--runtime" -> runtime = Path.of(value);
        case "--parameter" -> {
          int equals = value.indexOf('=');
          if (equals < 1) {
            throw new UsageException("--parameter needs NAME=VALUE, got " + value);
          }
          parameters.put(value.substring(0, equals), value.substring(equals + 1));
        }
        default -> throw new UsageException("unknown option " + option);
      }
      i += 2;
    }
    if (i >= args.size()) {
      throw new UsageException("no command");
    }
    LocalStack.Settings settings =
        new LocalStack.Settings(
            template,
            functions,
            runtime == null ? defaultRuntime() : runtime,
            null,
            null,
            parameters);
    String command = args.get(i);
    List<String> rest = args.subList(i + 1, args.size());
    return switch (command) {
      case "process" -> process(settings, rest, out, err);
      case "invoke" -> invoke(settings, rest, out, err);
      case "demo" -> {
        if (!rest.isEmpty()) {
          throw new UsageException("demo takes no arguments");
        }
        yield Demo.run(settings, Path.of("samples"), Path.of("out"), out, err);
      }
      default -> throw new UsageException("unknown command " + command);
    };
  }

  private static int process(
      LocalStack.Settings settings, List<String> args, PrintStream out, PrintStream err) {
    Path dir = null;
    Duration timeout = Duration.ofMinutes(5);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      switch (args.get(i)) {
        case "--out" -> dir = Path.of(value(args, i++));
        case "--timeout" -> {
          try {
            timeout = Duration.ofSeconds(Long.parseLong(value(args, i++)));
          } catch (NumberFormatException e) {
            throw new UsageException("--timeout needs a number of seconds");
          }
        }
        default -> files.add(Path.of(args.get(i)));
      }
    }
    if (dir == null) {
      throw new UsageException("process needs --out DIR");
    }
    if (files.isEmpty()) {
      throw new UsageException("process needs at least one file");
    }
    ProcessCommand.run(settings, dir, timeout, ProcessCommand.inputs(files), out, err);
    return 0;
  }

  private static int invoke(
      LocalStack.Settings settings, List<String> args, PrintStream out, PrintStream err) {
    String function = null;
    Path event = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("-e") || arg.equals("--event")) {
        event = Path.of(value(args, i++));
      } else if (function == null && !arg.startsWith("-")) {
        function = arg;
      } else {
        throw new UsageException("unexpected argument " + arg);
      }
    }
    if (function == null || event == null) {
      throw new UsageException("invoke needs LOGICAL_ID -e EVENT.json");
    }
    return InvokeCommand.run(settings, function, event, out, err);
  }

  private static String value(List<String> args, int i) {
    if (i + 1 >= args.size()) {
      throw new UsageException(args.get(i) + " needs a value");
    }
    return args.get(i + 1);
  }

  /** {@code runtime/} beside local.jar (or beside target/classes when run from the build). */
  private static Path defaultRuntime() {
    Path fallback = Path.of("local", "target", "runtime");
    CodeSource source = Main.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return fallback;
    }
    try {
      Path parent = Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
      return parent == null ? fallback : parent.resolve("runtime");
    } catch (URISyntaxException | IllegalArgumentException e) {
      return fallback;
    }
  }

  /** A command line that cannot be run. */
  private static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
