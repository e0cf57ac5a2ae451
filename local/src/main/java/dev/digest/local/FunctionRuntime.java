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
 * shaded JAR, and the AWS endpoints pointing at the emulators.
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

  /** The function's shaded JAR by convention: {@code functions/<module>/target/<module>.jar}. */
  Path jar(FunctionSpec function) {
    String module = function.moduleName();
    return functionsRoot.resolve(module).resolve("target").resolve(module + ".jar");
  }

  /** Fails with what to run when a function's JAR has not been built. */
  void requireJar(FunctionSpec function) {
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
    try {
      taskRoot = Files.createDirectories(scratch.resolve("task").resolve(function.logicalId()));
    } catch (IOException e) {
      throw new LocalException("Cannot create the task folder: " + e, e);
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
    command.add(jar(function) + File.pathSeparator + runtimeDir.resolve("*"));
    command.add("com.amazonaws.services.lambda.runtime.api.client.AWSLambda");
    command.add(function.handler());

    ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile());
    Map<String, String> env = builder.environment();
    String path = env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.clear();
    env.put("PATH", path);
    env.put("LANG", "en_US.UTF-8");
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
