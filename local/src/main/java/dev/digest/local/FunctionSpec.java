package dev.digest.local;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Java function of the template, a zip package or a container image, with its settings merged
 * from Globals.
 *
 * @param logicalId the template's name for it
 * @param name the function name
 * @param handler the handler, {@code class::method} (an image's from its CMD or ImageConfig)
 * @param runtime the runtime identifier, such as {@code java21} (an image's from its base image)
 * @param memoryMb the configured memory
 * @param timeoutSeconds the configured timeout
 * @param logGroup the log group name the function logs to
 * @param environment the template's environment variables, resolved
 * @param sqsTriggers the SQS event sources that invoke it
 * @param image for a container image function ({@code PackageType: Image}), the image as the local
 *     stack runs it; empty for a zip function, whose JAR is found by {@link #moduleName()}
 */
record FunctionSpec(
    String logicalId,
    String name,
    String handler,
    String runtime,
    int memoryMb,
    int timeoutSeconds,
    String logGroup,
    Map<String, String> environment,
    List<SqsTrigger> sqsTriggers,
    Optional<ImageSpec> image) {

  /** Copies the collections. */
  FunctionSpec {
    environment = Map.copyOf(environment);
    sqsTriggers = List.copyOf(sqsTriggers);
  }

  /** A zip function. */
  FunctionSpec(
      String logicalId,
      String name,
      String handler,
      String runtime,
      int memoryMb,
      int timeoutSeconds,
      String logGroup,
      Map<String, String> environment,
      List<SqsTrigger> sqsTriggers) {
    this(
        logicalId,
        name,
        handler,
        runtime,
        memoryMb,
        timeoutSeconds,
        logGroup,
        environment,
        sqsTriggers,
        Optional.empty());
  }

  /**
   * The Maven module that builds the function: the logical id without its {@code Function} suffix,
   * in kebab case ({@code PdfTextFunction} is {@code pdf-text}).
   */
  String moduleName() {
    return moduleName(logicalId);
  }

  /** See {@link #moduleName()}. */
  static String moduleName(String logicalId) {
    String base =
        logicalId.endsWith("Function") && logicalId.length() > "Function".length()
            ? logicalId.substring(0, logicalId.length() - "Function".length())
            : logicalId;
    return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
        .toLowerCase(Locale.ROOT);
  }
}
