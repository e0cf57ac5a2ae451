package dev.digest.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.digest.shared.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile, read only as far as the local stack needs to run a Lambda container image function
 * without Docker: which folder on disk becomes the image's {@code /}, and the final stage's ENV and
 * CMD.
 *
 * <p>That folder can be found when the image is built the way {@code
 * functions/sentiment/Dockerfile} builds it: the final stage is {@code FROM
 * public.ecr.aws/lambda/java:<n>} with exactly one {@code COPY --from=<stage> <src> /}, and stage
 * {@code <stage>} (or a stage it is built {@code FROM}) copies the whole build context with {@code
 * COPY . <dir>} (or {@code COPY . .} after {@code WORKDIR}). Then {@code <src>} under {@code <dir>}
 * is the same relative path under the context, where the same build, run on this machine, leaves
 * it. Anything else in the final stage that would make the image differ from that folder ({@code
 * RUN}, {@code ADD}, a second {@code COPY}, a custom {@code ENTRYPOINT}, another base image) is
 * refused with the Dockerfile's name and line, rather than run as something the image is not.
 *
 * <p>Read: the {@code escape} parser directive, line continuations, comments, {@code FROM ... AS
 * name}, {@code ARG} (defaults, and build arguments as {@code --build-arg} gives them), {@code
 * WORKDIR}, {@code COPY} (with {@code --from}, and in JSON form), {@code ENV} in both the {@code
 * k=v k2=v2} and the {@code k v} form with quotes, {@code CMD} and {@code ENTRYPOINT} in exec
 * (JSON) form, and {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-word}} and {@code ${VAR:+word}}
 * where Docker expands them. Instructions that only label the image ({@code LABEL}, {@code EXPOSE},
 * {@code USER}, ...) are ignored.
 */
final class Dockerfile {
  private static final Pattern LAMBDA_JAVA =
      Pattern.compile(
          "public\\.ecr\\.aws/lambda/java:(\\d+)(?:[.-][A-Za-z0-9._-]*)?(?:@sha256:[0-9a-f]{64})?");
  private static final Pattern DIRECTIVE =
      Pattern.compile("\\s*#\\s*([A-Za-z]+)\\s*=\\s*(.*?)\\s*");
  private static final Pattern FLAG =
      Pattern.compile("--([A-Za-z-]+)(?:=(\\S*))?\\s+(.*)", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** What the Lambda base images set that a Dockerfile may expand, such as in WORKDIR. */
  private static final Map<String, String> LAMBDA_BASE_ENV =
      Map.of("LAMBDA_TASK_ROOT", ImageSpec.TASK_ROOT, "LAMBDA_RUNTIME_DIR", "/var/runtime");

  /** Final-stage instructions that change nothing the function sees when it runs locally. */
  private static final Set<String> IGNORED =
      Set.of("LABEL", "MAINTAINER", "EXPOSE", "USER", "STOPSIGNAL", "HEALTHCHECK", "SHELL");

  private final String name;
  private final char escape;
  private final List<Instruction> globalArgs;
  private final List<Stage> stages;

  /** One instruction, continuation lines joined, with the line it starts on. */
  private record Instruction(int line, String keyword, String arguments) {
    String shortText() {
      String text = keyword + " " + arguments;
      return text.length() > 70 ? text.substring(0, 67) + "..." : text;
    }
  }

  /** One {@code FROM} and the instructions up to the next. */
  private record Stage(
      int index, String name, String image, Instruction from, List<Instruction> body) {
    String label() {
      return name == null ? "#" + index : name;
    }
  }

  /** A {@code COPY}: its flags, its sources and its destination, expanded. */
  private record Copy(Map<String, String> flags, List<String> sources, String destination) {}

  /** What a stage has done by its end: its working directory, ENV, and where it put the context. */
  private static final class StageState {
    String workdir = "/";
    boolean workdirSet;
    final Map<String, String> env = new LinkedHashMap<>();
    final List<String> contextCopies = new ArrayList<>();

    StageState copy() {
      StageState copy = new StageState();
      copy.workdir = workdir;
      copy.workdirSet = workdirSet;
      copy.env.putAll(env);
      copy.contextCopies.addAll(contextCopies);
      return copy;
    }
  }

  /**
   * The variables an instruction can expand: the stage's ENV, then its ARGs, then what the base
   * image is known to set.
   */
  private static final class Scope {
    final Map<String, String> args = new HashMap<>();
    final Map<String, String> env;
    final Map<String, String> base;

    Scope(Map<String, String> env, Map<String, String> base) {
      this.env = env;
      this.base = base;
    }

    String get(String variable) {
      if (env.containsKey(variable)) {
        return env.get(variable);
      }
      return args.containsKey(variable) ? args.get(variable) : base.get(variable);
    }
  }

  private Dockerfile(String name, char escape, List<Instruction> globalArgs, List<Stage> stages) {
    this.name = name;
    this.escape = escape;
    this.globalArgs = List.copyOf(globalArgs);
    this.stages = List.copyOf(stages);
  }

  /** Reads a Dockerfile, failing with a clear message when it is missing. */
  static Dockerfile read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw new LocalException("Dockerfile not found: " + file);
    } catch (IOException e) {
      throw new LocalException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses Dockerfile text.
   *
   * @param text the Dockerfile
   * @param name what messages call it, normally its path
   */
  static Dockerfile parse(String text, String name) {
    List<String> lines = text.lines().toList();
    char escape = '\\';
    for (String line : lines) {
      Matcher directive = DIRECTIVE.matcher(line);
      if (!directive.matches()) {
        break;
      }
      if (directive.group(1).equalsIgnoreCase("escape")) {
        String value = directive.group(2);
        if (!value.equals("\\") && !value.equals("`")) {
          throw new LocalException(name + ": the escape directive must be \\ or `, got " + value);
        }
        escape = value.charAt(0);
      }
    }
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder current = null;
    int start = 0;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      String stripped = line.strip();
      // Comment lines, and empty lines, are dropped, also in the middle of a continuation.
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      if (current == null) {
        current = new StringBuilder();
        start = n + 1;
      }
      String content = line.stripTrailing();
      if (content.charAt(content.length() - 1) == escape) {
        current.append(content, 0, content.length() - 1);
        continue;
      }
      current.append(content);
      instructions.add(instruction(current.toString(), start));
      current = null;
    }
    if (current != null) {
      instructions.add(instruction(current.toString(), start));
    }

    List<Instruction> globalArgs = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    for (Instruction instruction : instructions) {
      if (instruction.keyword().equals("FROM")) {
        stages.add(stage(name, escape, stages.size(), instruction));
      } else if (stages.isEmpty()) {
        if (!instruction.keyword().equals("ARG")) {
          throw new LocalException(
              name + ":" + instruction.line() + ": " + instruction.keyword() + " before any FROM");
        }
        globalArgs.add(instruction);
      } else {
        stages.get(stages.size() - 1).body().add(instruction);
      }
    }
    if (stages.isEmpty()) {
      throw new LocalException(name + ": no FROM instruction");
    }
    return new Dockerfile(name, escape, globalArgs, stages);
  }

  private static Instruction instruction(String text, int line) {
    String trimmed = text.strip();
    String[] parts = trimmed.split("\\s+", 2);
    return new Instruction(
        line, parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
  }

  private static Stage stage(String name, char escape, int index, Instruction from) {
    List<String> words = new ArrayList<>(words(from.arguments(), escape));
    while (!words.isEmpty() && words.get(0).startsWith("--")) {
      words.remove(0); // --platform: the local stack runs on this machine's platform anyway
    }
    String stageName = null;
    if (words.size() == 3 && words.get(1).equalsIgnoreCase("AS")) {
      stageName = words.get(2).toLowerCase(Locale.ROOT);
    } else if (words.size() != 1) {
      throw new LocalException(
          name
              + ":"
              + from.line()
              + ": FROM needs an image and optionally AS name: "
              + from.shortText());
    }
    return new Stage(index, stageName, words.get(0), from, new ArrayList<>());
  }

  /**
   * The container image function this Dockerfile builds, as the local stack runs it.
   *
   * @param context the build context, the folder {@code COPY . <dir>} copies
   * @param buildArgs the template's {@code DockerBuildArgs}, which override ARG defaults
   * @param target the stage to build ({@code DockerBuildTarget}), or null for the last one
   * @throws LocalException naming this file and the line of anything that cannot be mapped
   */
  ImageSpec image(Path context, Map<String, String> buildArgs, String target) {
    Scope globalScope = new Scope(Map.of(), Map.of());
    for (Instruction arg : globalArgs) {
      declareArgs(arg, globalScope, buildArgs, Map.of());
    }
    Map<String, String> global = globalScope.args;
    Stage last = stages.get(stages.size() - 1);
    if (target != null) {
      last =
          findStage(target)
              .orElseThrow(
                  () -> new LocalException(name + ": no stage named " + target + " to build"));
    }
    String base = processWord(last.image(), globalScope, last.from());
    Matcher java = LAMBDA_JAVA.matcher(base);
    if (!java.matches()) {
      throw refuse(
          last.from(),
          "the base image "
              + base
              + " is not public.ecr.aws/lambda/java:<version>; only functions on the AWS Lambda"
              + " Java base image run locally");
    }

    Scope scope = new Scope(new LinkedHashMap<>(), LAMBDA_BASE_ENV);
    String workdir = ImageSpec.TASK_ROOT;
    Instruction copyAt = null;
    Copy copy = null;
    Instruction cmdAt = null;
    List<String> command = null;
    for (Instruction instruction : last.body()) {
      switch (instruction.keyword()) {
        case "ARG" -> declareArgs(instruction, scope, buildArgs, global);
        case "ENV" -> env(instruction, scope);
        case "WORKDIR" ->
            workdir = resolve(workdir, processWord(instruction.arguments(), scope, instruction));
        case "COPY" -> {
          Copy c = copy(instruction, scope);
          if (copyAt != null) {
            throw refuse(
                instruction,
                "a second COPY into the final stage (the first is on line "
                    + copyAt.line()
                    + "); the local stack runs the one folder that COPY --from=<stage> <src> /"
                    + " copies, so the final stage must have exactly one COPY");
          }
          if (!c.flags().containsKey("from")) {
            throw refuse(
                instruction,
                "COPY from the build context into the final stage; the local stack runs the one"
                    + " folder that COPY --from=<stage> <src> / copies");
          }
          if (c.sources().size() != 1 || !normalize(c.destination()).equals("/")) {
            throw refuse(
                instruction,
                "the final stage's COPY must copy one folder to /, as COPY --from=<stage> <src> /");
          }
          copyAt = instruction;
          copy = c;
        }
        case "CMD" -> {
          cmdAt = instruction;
          command = execForm(instruction);
        }
        case "ENTRYPOINT" ->
            throw refuse(
                instruction,
                "a custom ENTRYPOINT; locally, as in the base image, the runtime interface client"
                    + " runs the handler CMD names");
        default -> {
          if (!IGNORED.contains(instruction.keyword())) {
            throw refuse(
                instruction,
                instruction.keyword()
                    + " in the final stage changes the image in a way the local stack cannot"
                    + " reproduce from a folder; build everything in an earlier stage and copy it"
                    + " with one COPY --from=<stage> <src> /");
          }
        }
      }
    }
    if (copyAt == null) {
      throw refuse(
          last.from(),
          "the final stage has no COPY --from=<stage> <src> /, so no folder on disk is the image");
    }
    Path root = root(context, copyAt, copy, last, buildArgs, global);
    String handler = null;
    if (command != null) {
      if (command.size() != 1) {
        throw refuse(cmdAt, "CMD must name exactly one handler, as [\"package.Class::method\"]");
      }
      handler = command.get(0);
    }
    return new ImageSpec(
        Path.of(name), context, root, "java" + java.group(1), handler, scope.env, workdir);
  }

  /** Maps the final stage's COPY source back to the build context. */
  private Path root(
      Path context,
      Instruction copyAt,
      Copy copy,
      Stage last,
      Map<String, String> buildArgs,
      Map<String, String> global) {
    String from = copy.flags().get("from");
    Stage source =
        findStage(from)
            .filter(s -> s.index() < last.index())
            .orElseThrow(
                () ->
                    refuse(
                        copyAt,
                        "--from="
                            + from
                            + " is not an earlier stage; copying from another image is not run"
                            + " locally"));
    StageState state = evaluate(source, buildArgs, global);
    if (state.contextCopies.isEmpty()) {
      throw refuse(
          copyAt,
          "stage "
              + source.label()
              + " does not copy the whole build context (COPY . <dir>), so "
              + copy.sources().get(0)
              + " cannot be found in it");
    }
    String src = resolve("/", copy.sources().get(0));
    List<String> dirs = state.contextCopies;
    for (int i = dirs.size() - 1; i >= 0; i--) {
      String dir = dirs.get(i);
      String relative;
      if (src.equals(dir)) {
        relative = "";
      } else if (dir.equals("/")) {
        relative = src.substring(1);
      } else if (src.startsWith(dir + "/")) {
        relative = src.substring(dir.length() + 1);
      } else {
        continue;
      }
      Path root = relative.isEmpty() ? context : context.resolve(relative);
      return root.toAbsolutePath().normalize();
    }
    throw refuse(
        copyAt,
        src
            + " is not under "
            + String.join(" or ", dirs)
            + ", where stage "
            + source.label()
            + " copies the build context");
  }

  /** Runs a build stage's instructions as far as paths go: WORKDIR, ENV, ARG and COPY of ".". */
  private StageState evaluate(
      Stage stage, Map<String, String> buildArgs, Map<String, String> global) {
    Scope fromScope = new Scope(Map.of(), Map.of());
    fromScope.args.putAll(global);
    String image = processWord(stage.image(), fromScope, stage.from());
    // Only an earlier stage can be a parent, so this recursion ends.
    StageState state =
        findStage(image)
            .filter(parent -> parent.index() < stage.index())
            .map(parent -> evaluate(parent, buildArgs, global).copy())
            .orElseGet(StageState::new);
    Scope scope = new Scope(state.env, Map.of());
    for (Instruction instruction : stage.body()) {
      switch (instruction.keyword()) {
        case "ARG" -> declareArgs(instruction, scope, buildArgs, global);
        case "ENV" -> env(instruction, scope);
        case "WORKDIR" -> {
          state.workdir =
              resolve(state.workdir, processWord(instruction.arguments(), scope, instruction));
          state.workdirSet = true;
        }
        case "COPY", "ADD" -> {
          Copy c = copy(instruction, scope);
          boolean wholeContext =
              !c.flags().containsKey("from")
                  && c.sources().size() == 1
                  && resolve("/", c.sources().get(0)).equals("/");
          if (!wholeContext) {
            continue;
          }
          requireOnlyPlainFlags(instruction, c);
          String destination = c.destination();
          if (!destination.startsWith("/") && !state.workdirSet) {
            throw refuse(
                instruction,
                "COPY . "
                    + destination
                    + " before any WORKDIR: where it lands depends on the base image; use an"
                    + " absolute folder or set WORKDIR first");
          }
          state.contextCopies.add(resolve(state.workdir, destination));
        }
        default -> {
          // RUN and the rest: what they do is what the local Maven build does.
        }
      }
    }
    return state;
  }

  private Optional<Stage> findStage(String reference) {
    String lower = reference.toLowerCase(Locale.ROOT);
    for (Stage stage : stages) {
      if (lower.equals(stage.name()) || lower.equals(Integer.toString(stage.index()))) {
        return Optional.of(stage);
      }
    }
    return Optional.empty();
  }

  /**
   * Declares the ARGs of one instruction in {@code scope}: a build argument wins over the default;
   * an ARG without a default inside a stage takes the global one.
   */
  private void declareArgs(
      Instruction instruction,
      Scope scope,
      Map<String, String> buildArgs,
      Map<String, String> global) {
    for (String word : words(instruction.arguments(), escape)) {
      int equals = word.indexOf('=');
      String variable = equals < 0 ? word : word.substring(0, equals);
      if (!NAME.matcher(variable).matches()) {
        throw refuse(instruction, "not an ARG name: " + variable);
      }
      if (buildArgs.containsKey(variable)) {
        scope.args.put(variable, buildArgs.get(variable));
      } else if (equals >= 0) {
        scope.args.put(variable, processWord(word.substring(equals + 1), scope, instruction));
      } else if (global.containsKey(variable)) {
        scope.args.put(variable, global.get(variable));
      }
    }
  }

  /**
   * ENV in either form, {@code k=v k2="v 2"} or {@code k the rest of the line}, into the scope's
   * environment.
   */
  private void env(Instruction instruction, Scope scope) {
    List<String> words = words(instruction.arguments(), escape);
    if (words.isEmpty()) {
      throw refuse(instruction, "ENV needs a name and a value");
    }
    if (!words.get(0).contains("=")) {
      String[] parts = instruction.arguments().split("\\s+", 2);
      if (parts.length < 2) {
        throw refuse(instruction, "ENV " + parts[0] + " has no value");
      }
      scope.env.put(parts[0], processWord(parts[1], scope, instruction));
      return;
    }
    for (String word : words) {
      int equals = word.indexOf('=');
      if (equals < 1) {
        throw refuse(instruction, "ENV expects name=value pairs, got " + word);
      }
      // Each pair sees the pairs before it on the same line, as Docker expands them.
      String value = processWord(word.substring(equals + 1), scope, instruction);
      scope.env.put(processWord(word.substring(0, equals), scope, instruction), value);
    }
  }

  private Copy copy(Instruction instruction, Scope scope) {
    Map<String, String> flags = new LinkedHashMap<>();
    String rest = instruction.arguments();
    Matcher flag;
    while ((flag = FLAG.matcher(rest)).matches()) {
      String value = flag.group(2) == null ? "" : processWord(flag.group(2), scope, instruction);
      flags.put(flag.group(1).toLowerCase(Locale.ROOT), value);
      rest = flag.group(3);
    }
    List<String> paths = new ArrayList<>();
    List<String> json = rest.startsWith("[") ? jsonArray(rest) : null;
    if (json != null) {
      for (String path : json) {
        paths.add(expand(path, scope, instruction));
      }
    } else {
      for (String word : words(rest, escape)) {
        paths.add(processWord(word, scope, instruction));
      }
    }
    if (paths.size() < 2) {
      throw refuse(instruction, instruction.keyword() + " needs a source and a destination");
    }
    Copy copy =
        new Copy(
            flags, List.copyOf(paths.subList(0, paths.size() - 1)), paths.get(paths.size() - 1));
    if (instruction.keyword().equals("COPY") && flags.containsKey("from")) {
      requireOnlyPlainFlags(instruction, copy);
    }
    return copy;
  }

  /** Flags that only set ownership or layering are fine; others change what is copied. */
  private void requireOnlyPlainFlags(Instruction instruction, Copy copy) {
    for (String flag : copy.flags().keySet()) {
      if (!Set.of("from", "chown", "chmod", "link").contains(flag)) {
        throw refuse(
            instruction,
            instruction.keyword()
                + " --"
                + flag
                + " changes what is copied and is not run locally");
      }
    }
  }

  /** CMD in exec form; the shell form would hand the base image's entrypoint a shell command. */
  private List<String> execForm(Instruction instruction) {
    List<String> values = jsonArray(instruction.arguments());
    if (values == null) {
      throw refuse(
          instruction,
          "CMD in shell form; the Java base image needs the exec form, CMD"
              + " [\"package.Class::method\"]");
    }
    return values;
  }

  /** A JSON array of strings, or null when the text is not one. */
  private static List<String> jsonArray(String text) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
    if (node == null || !node.isArray()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : node) {
      if (!value.isTextual()) {
        return null;
      }
      values.add(value.asText());
    }
    return values;
  }

  /** Splits on unquoted whitespace, keeping quotes and escapes for {@link #processWord}. */
  private static List<String> words(String text, char escape) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == 0 && Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        continue;
      }
      inWord = true;
      word.append(c);
      if (c == escape && quote != '\'' && i + 1 < text.length()) {
        word.append(text.charAt(++i));
      } else if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** Removes quotes and escapes and expands variables, as Docker does with one word. */
  private String processWord(String word, Scope scope, Instruction instruction) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < word.length()) {
      char c = word.charAt(i);
      if (c == '\'') {
        int end = word.indexOf('\'', i + 1);
        if (end < 0) {
          throw refuse(instruction, "unterminated single quote");
        }
        out.append(word, i + 1, end);
        i = end + 1;
      } else if (c == '"') {
        i++;
        while (i < word.length() && word.charAt(i) != '"') {
          char d = word.charAt(i);
          if (d == escape && i + 1 < word.length()) {
            out.append(word.charAt(i + 1));
            i += 2;
          } else if (d == '$') {
            i = variable(word, i, scope, instruction, out);
          } else {
            out.append(d);
            i++;
          }
        }
        if (i >= word.length()) {
          throw refuse(instruction, "unterminated double quote");
        }
        i++;
      } else if (c == escape) {
        if (i + 1 < word.length()) {
          out.append(word.charAt(i + 1));
        }
        i += 2;
      } else if (c == '$') {
        i = variable(word, i, scope, instruction, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Expands variables only (JSON-form paths, image names, WORKDIR). */
  private String expand(String text, Scope scope, Instruction instruction) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == escape && i + 1 < text.length() && text.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (c == '$') {
        i = variable(text, i, scope, instruction, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Expands the variable at {@code text[i] == '$'}; returns the index after it. */
  private int variable(
      String text, int i, Scope scope, Instruction instruction, StringBuilder out) {
    if (i + 1 >= text.length()) {
      out.append('$');
      return i + 1;
    }
    char next = text.charAt(i + 1);
    if (next == '{') {
      int end = text.indexOf('}', i + 2);
      if (end < 0) {
        throw refuse(instruction, "unterminated ${ in " + text);
      }
      String inside = text.substring(i + 2, end);
      int colon = inside.indexOf(':');
      String variable = colon < 0 ? inside : inside.substring(0, colon);
      if (!NAME.matcher(variable).matches()) {
        throw refuse(instruction, "not a variable name: ${" + inside + "}");
      }
      String value = scope.get(variable);
      if (colon < 0) {
        out.append(value == null ? "" : value);
      } else {
        String modifier = inside.substring(colon + 1);
        String word = modifier.length() > 1 ? modifier.substring(1) : "";
        boolean set = value != null && !value.isEmpty();
        if (modifier.startsWith("-")) {
          out.append(set ? value : processWord(word, scope, instruction));
        } else if (modifier.startsWith("+")) {
          out.append(set ? processWord(word, scope, instruction) : "");
        } else {
          throw refuse(instruction, "${" + inside + "}: only :- and :+ are supported");
        }
      }
      return end + 1;
    }
    int end = i + 1;
    while (end < text.length()
        && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
      end++;
    }
    if (end == i + 1 || Character.isDigit(next)) {
      out.append('$');
      return i + 1;
    }
    String value = scope.get(text.substring(i + 1, end));
    out.append(value == null ? "" : value);
    return end;
  }

  /** A path in the image against a working directory, as WORKDIR and COPY resolve them. */
  private static String resolve(String workdir, String path) {
    return path.startsWith("/") ? normalize(path) : normalize(workdir + "/" + path);
  }

  /** Collapses ".", ".." and repeated or trailing slashes of an absolute path in the image. */
  static String normalize(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }

  private LocalException refuse(Instruction instruction, String why) {
    return new LocalException(
        name + ":" + instruction.line() + ": " + why + " (" + instruction.shortText() + ")");
  }
}
