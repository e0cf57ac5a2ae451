package dev.digest.sentiment;

/**
 * The one place that configures DJL's engines, PyTorch and ONNX Runtime, before anything touches
 * DJL.
 *
 * <p>Offline: the native libraries come from the jars on the classpath, never from a download, and
 * no telemetry is sent. DJL extracts them to {@code DJL_CACHE_DIR}, which must be writable; on
 * Lambda only {@code /tmp} is, so that is the default. One intra-op and one inter-op thread: a
 * Lambda invocation handles one batch at a time, and more threads than vCPUs only contend. The
 * TorchScript graph optimizer is off, because its profiling runs make the first calls slow and the
 * tiny graphs gain nothing. ONNX Runtime gets the same thread counts and never starts a second
 * engine as its helper for array operations it lacks: the translator needs none. A value already
 * set, as a system property (or as the environment variable DJL reads, for the cache), wins over
 * these defaults.
 */
public final class ModelRuntime {

  /** Where DJL extracts libtorch (about 470 MB) unless DJL_CACHE_DIR says otherwise. */
  public static final String DEFAULT_CACHE_DIR = "/tmp/djl";

  private static boolean configured;

  private ModelRuntime() {}

  /** Sets the engine properties once; later calls do nothing. */
  public static synchronized void configure() {
    if (configured) {
      return;
    }
    setIfAbsent("ai.djl.offline", "true");
    setIfAbsent("OPT_OUT_TRACKING", "true");
    String env = System.getenv("DJL_CACHE_DIR");
    setIfAbsent("DJL_CACHE_DIR", env == null || env.isBlank() ? DEFAULT_CACHE_DIR : env);
    setIfAbsent("ai.djl.pytorch.num_threads", "1");
    setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
    setIfAbsent("ai.djl.pytorch.graph_optimizer", "false");
    setIfAbsent("ai.djl.onnxruntime.num_threads", "1");
    setIfAbsent("ai.djl.onnxruntime.num_interop_threads", "1");
    setIfAbsent("ai.djl.onnx.disable_alternative", "true");
    configured = true;
  }

  /** The directory DJL extracts native libraries to, once {@link #configure()} ran. */
  public static String cacheDir() {
    String env = System.getenv("DJL_CACHE_DIR");
    return env == null || env.isBlank() ? System.getProperty("DJL_CACHE_DIR") : env;
  }

  private static void setIfAbsent(String key, String value) {
    String current = System.getProperty(key);
    if (current == null || current.isBlank()) {
      System.setProperty(key, value);
    }
  }
}
