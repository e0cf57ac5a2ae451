package dev.digest.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How a function's JVM is started: the managed Java runtime's command line and environment, with
 * the Lambda runtime interface client from {@code local/target/runtime} and the function's own
 * shaded JAR (or, for a container image, the folder its Dockerfile copies into the image), and the
 * AWS endpoints pointing at the emulators.
 */
final class FunctionRuntime {
  private static final String RIC_ARTIFACT = "aws-lambda-java-runtime-interface-client";
  private static final String JNI_PROPERTY =
      "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

  private final Path java;
  private final Path runtimeDir;
  private final Path jniLibrary;
  private final Path scratch;
  private final Path functionsRoot;
  private final LocalAccount account;
  private final Map<String, String> endpoints;

  private FunctionRuntime(
      Path java,
      Path runtimeDir,
      Path jniLibrary,
      Path scratch,
      Path functionsRoot,
      LocalAccount account,
      Map<String, String> endpoints) {
    // The JVM runs in its own task folder, so every path it is given must be absolute.
    this.java = java.toAbsolutePath();
    this.runtimeDir = runtimeDir.toAbsolutePath();
    this.jniLibrary = jniLibrary.toAbsolutePath();
    this.scratch = scratch.toAbsolutePath();
    this.functionsRoot = functionsRoot.toAbsolutePath();
    this.account = account;
    this.endpoints = Map.copyOf(endpoints);
  }

  /**
   * Checks the runtime folder and unpacks the client's native library once, so function JVMs that
   * start together do not race to unpack it into the same file under /tmp.
   *
   * @param runtimeDir the folder with the runtime interface client and its dependencies
   * @param functionsRoot the folder that holds {@code <module>/target/<module>.jar}
   * @param scratch a private folder for this run
   * @param account the account and region functions see
   * @param endpoints endpoint variables such as {@code AWS_ENDPOINT_URL_S3}
   */
  static FunctionRuntime prepare(
      Path runtimeDir,
      Path functionsRoot,
      Path scratch,
      LocalAccount account,
      Map<String, String> endpoints) {
    Path client = runtimeClientJar(runtimeDir);
    Path library = scratch.resolve("libaws-lambda-jni.so");
    String entry = "jni/libaws-lambda-jni." + nativePlatform() + ".so";
    try (ZipFile zip = new ZipFile(client.toFile())) {
      ZipEntry found = zip.getEntry(entry);
      if (found == null) {
        throw new LocalException(client + " has no " + entry + " for this machine");
      }
      try (InputStream in = zip.getInputStream(found)) {
        Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new LocalException("Cannot unpack the runtime client's native library: " + e, e);
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new FunctionRuntime(
        java, runtimeDir, library, scratch, functionsRoot, account, endpoints);
  }

  /**
   * A zip function's shaded JAR: {@code functions/<module>/target/<module>.jar} by convention, or,
   * when that does not exist, the one {@code functions/<other>/target/<module>.jar} another module
   * builds ({@code SentimentOnnxFunction} is {@code
   * functions/sentiment/target/sentiment-onnx.jar}).
   */
  Path jar(FunctionSpec function) {
    return jar(functionsRoot, function.moduleName());
  }

  /**
   * See {@link #jar(FunctionSpec)}: the conventional path when neither exists, so the message about
   * the missing JAR names it.
   *
   * @throws LocalException when several modules build a JAR of that name
   */
  static Path jar(Path functionsRoot, String module) {
    Path conventional = functionsRoot.resolve(module).resolve("target").resolve(module + ".jar");
    if (Files.isRegularFile(conventional) || !Files.isDirectory(functionsRoot)) {
      return conventional;
    }
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> modules = Files.newDirectoryStream(functionsRoot)) {
      for (Path dir : modules) {
        Path jar = dir.resolve("target").resolve(module + ".jar");
        if (Files.isRegularFile(jar)) {
          found.add(jar);
        }
      }
    } catch (IOException e) {
      throw new LocalException("Cannot list " + functionsRoot + ": " + e, e);
    }
    if (found.size() > 1) {
      found.sort(null);
      throw new LocalException(
          "Several modules build "
              + module
              + ".jar, so which one runs is unclear: "
              + String.join(", ", found.stream().map(Path::toString).toList()));
    }
    return found.isEmpty() ? conventional : found.get(0);
  }

  /**
   * Fails with what to run when a function's code has not been built: a zip function's JAR, or the
   * folder a container image function's Dockerfile copies into the image.
   */
  void requireCode(FunctionSpec function) {
    if (function.image().isPresent()) {
      ImageSpec image = function.image().get();
      if (!Files.isDirectory(image.taskRoot())) {
        throw new LocalException(
            function.logicalId()
                + ": the image layout "
                + image.root()
                + " (what "
                + image.dockerfile()
                + " copies to /) has no "
                + ImageSpec.TASK_ROOT
                + ": run "
                + image.buildHint()
                + " (or scripts/local, which builds it)");
      }
      Path workingDirectory = image.onDisk(image.workingDirectory());
      if (!Files.isDirectory(workingDirectory)) {
        throw new LocalException(
            function.logicalId()
                + ": the working directory "
                + image.workingDirectory()
                + " is not in the image layout ("
                + workingDirectory
                + " does not exist)");
      }
      return;
    }
    Path jar = jar(function);
    if (!Files.isRegularFile(jar)) {
      throw new LocalException(
          function.logicalId()
              + ": "
              + jar
              + " is missing: run ./mvnw package (or scripts/local, which builds it)");
    }
  }

  /**
   * The process for one execution environment of the function.
   *
   * @param function the function
   * @param runtimeApi the value of {@code AWS_LAMBDA_RUNTIME_API}
   */
  ProcessBuilder processBuilder(FunctionSpec function, String runtimeApi) {
    Path taskRoot;
    Path workingDirectory;
    String classpath;
    Map<String, String> imageEnvironment = Map.of();
    if (function.image().isPresent()) {
      // The Java base image's classpath, with the image's / at the layout's root.
      ImageSpec image = function.image().get();
      taskRoot = image.taskRoot();
      workingDirectory = image.onDisk(image.workingDirectory());
      classpath =
          String.join(
              File.pathSeparator,
              taskRoot.toString(),
              taskRoot.resolve("lib").resolve("*").toString(),
              runtimeDir.resolve("*").toString());
      imageEnvironment = image.localEnvironment();
    } else {
      try {
        taskRoot = Files.createDirectories(scratch.resolve("task").resolve(function.logicalId()));
      } catch (IOException e) {
        throw new LocalException("Cannot create the task folder: " + e, e);
      }
      workingDirectory = taskRoot;
      classpath = jar(function) + File.pathSeparator + runtimeDir.resolve("*");
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-XX:+UseSerialGC");
    command.add("-Xmx" + Math.max(16, function.memoryMb() * 85 / 100) + "m");
    // The runtime client loads its JNI library; newer JDKs warn about that unless it is allowed.
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Djava.net.preferIPv4Stack=true");
    command.add("-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac");
    command.add("-D" + JNI_PROPERTY + "=" + jniLibrary);
    command.add("-cp");
    command.add(classpath);
    command.add("com.amazonaws.services.lambda.runtime.api.client.AWSLambda");
    command.add(function.handler());

    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    Map<String, String> env = builder.environment();
    String path = env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.clear();
    env.put("PATH", path);
    env.put("LANG", "en_US.UTF-8");
    // As in Lambda: the image's ENV, then the template's variables, then the service's.
    env.putAll(imageEnvironment);
    env.putAll(function.environment());
    env.putAll(environment(function, runtimeApi, taskRoot));
    return builder;
  }

  /** The variables the Lambda service sets, which win over the template's. */
  private Map<String, String> environment(FunctionSpec function, String runtimeApi, Path root) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("AWS_REGION", account.region());
    env.put("AWS_DEFAULT_REGION", account.region());
    env.put("AWS_ACCESS_KEY_ID", Emulators.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", Emulators.SECRET_KEY);
    env.putAll(endpoints);
    env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + function.runtime());
    env.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", function.logGroup());
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName());
    env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
    env.put("_HANDLER", function.handler());
    env.put("LAMBDA_TASK_ROOT", root.toString());
    env.put("LAMBDA_RUNTIME_DIR", runtimeDir.toString());
    env.put("TZ", ":UTC");
    return env;
  }

  private static String logStreamName() {
    byte[] id = new byte[16];
    ThreadLocalRandom.current().nextBytes(id);
    return LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))
        + "/[$LATEST]"
        + HexFormat.of().formatHex(id);
  }

  private static Path runtimeClientJar(Path runtimeDir) {
    if (Files.isDirectory(runtimeDir)) {
      try (DirectoryStream<Path> jars =
          Files.newDirectoryStream(runtimeDir, RIC_ARTIFACT + "-*.jar")) {
        for (Path jar : jars) {
          return jar;
        }
      } catch (IOException e) {
        throw new LocalException("Cannot list " + runtimeDir + ": " + e, e);
      }
    }
    throw new LocalException(
        "The Lambda runtime interface client is missing from "
            + runtimeDir
            + ": run ./mvnw package -pl local -am (or scripts/local, which builds it)");
  }

  /** The native library variant for this machine: glibc or musl, x86_64 or aarch64. */
  private static String nativePlatform() {
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String cpu =
        switch (arch) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64", "arm64" -> "aarch_64";
          default -> throw new LocalException("No Lambda runtime client library for " + arch);
        };
    // Alpine and other musl systems have the musl loader in /lib; glibc systems do not.
    Path lib = Path.of(File.separator, "lib");
    boolean musl =
        Files.exists(
            lib.resolve("ld-musl-" + (cpu.equals("x86_64") ? "x86_64" : "aarch64") + ".so.1"));
    return (musl ? "linux_musl-" : "linux-") + cpu;
  }
}
