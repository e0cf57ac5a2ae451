package dev.digest.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container image function as the local stack runs it: not the image, which is never built, but
 * the folder on disk that the Dockerfile's final stage copies to {@code /}, with the final stage's
 * ENV and CMD and the template's {@code ImageConfig} applied.
 *
 * @param dockerfile the Dockerfile it was read from
 * @param context the Docker build context, the folder the Dockerfile's paths are relative to
 * @param root the image layout: the folder that becomes {@code /} in the image
 * @param runtime the runtime of the base image, such as {@code java21}
 * @param handler the handler from {@code CMD} or {@code ImageConfig.Command}, or null when neither
 *     names one
 * @param environment the final stage's ENV, as in the image (paths inside the image)
 * @param workingDirectory the process's working directory inside the image: {@code WORKDIR} or
 *     {@code ImageConfig.WorkingDirectory}, {@value #TASK_ROOT} by default
 */
record ImageSpec(
    Path dockerfile,
    Path context,
    Path root,
    String runtime,
    String handler,
    Map<String, String> environment,
    String workingDirectory) {

  /** {@code LAMBDA_TASK_ROOT} in the Lambda base images, and their working directory. */
  static final String TASK_ROOT = "/var/task";

  /** Copies the environment. */
  ImageSpec {
    environment = Map.copyOf(environment);
  }

  /** The same image with the handler {@code ImageConfig.Command} names. */
  ImageSpec withHandler(String command) {
    return new ImageSpec(
        dockerfile, context, root, runtime, command, environment, workingDirectory);
  }

  /** The same image with the working directory {@code ImageConfig.WorkingDirectory} names. */
  ImageSpec withWorkingDirectory(String directory) {
    return new ImageSpec(dockerfile, context, root, runtime, handler, environment, directory);
  }

  /** Where a path inside the image is on disk: under {@link #root()}. */
  Path onDisk(String imagePath) {
    String relative = imagePath.replaceFirst("^/+", "");
    return relative.isEmpty() ? root : root.resolve(relative).normalize();
  }

  /** {@code /var/task} on disk: the classpath's folder and {@code LAMBDA_TASK_ROOT}. */
  Path taskRoot() {
    return onDisk(TASK_ROOT);
  }

  /**
   * The image's ENV as the function JVM gets it: a value that is an absolute path whose first
   * segment exists under the root ({@code /opt/sentiment/native} when the layout has {@code opt/})
   * points into the layout instead ({@code <root>/opt/sentiment/native}), and so does each such
   * path of a {@code :}-separated list; every other value is unchanged. This is the one place the
   * local environment differs from the image's.
   */
  Map<String, String> localEnvironment() {
    Map<String, String> local = new LinkedHashMap<>();
    environment.forEach((name, value) -> local.put(name, localValue(value)));
    return local;
  }

  private String localValue(String value) {
    if (!value.startsWith("/")) {
      return value;
    }
    List<String> paths = new ArrayList<>();
    for (String path : value.split(":", -1)) {
      paths.add(localPath(path));
    }
    return String.join(":", paths);
  }

  private String localPath(String path) {
    if (!path.startsWith("/") || path.startsWith("//")) {
      return path;
    }
    String first = path.substring(1).split("/", 2)[0];
    if (first.isEmpty() || first.equals(".") || first.equals("..")) {
      return path;
    }
    return Files.exists(root.resolve(first)) ? onDisk(path).toString() : path;
  }

  /** What to run so that the layout exists: the Maven module whose target/ holds it, if any. */
  String buildHint() {
    for (Path dir = root; dir != null; dir = dir.getParent()) {
      Path name = dir.getFileName();
      Path module = dir.getParent();
      if (name != null && name.toString().equals("target") && module != null) {
        if (module.startsWith(context) && Files.isRegularFile(module.resolve("pom.xml"))) {
          String relative = context.relativize(module).toString();
          return relative.isEmpty()
              ? "./mvnw package"
              : "./mvnw -pl " + relative.replace('\\', '/') + " -am package";
        }
        break;
      }
    }
    return "build what the first stages of " + dockerfile + " build into " + root;
  }
}
