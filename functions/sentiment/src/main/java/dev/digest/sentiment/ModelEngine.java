package dev.digest.sentiment;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The DJL engine that runs the model, and the file in the model directory it reads: TorchScript for
 * PyTorch (the container image), ONNX for ONNX Runtime (a zip package that SnapStart can snapshot).
 */
public enum ModelEngine {
  PYTORCH("PyTorch", "model.pt"),
  ONNX_RUNTIME("OnnxRuntime", "model.onnx");

  private final String djlName;
  private final String modelFile;

  ModelEngine(String djlName, String modelFile) {
    this.djlName = djlName;
    this.modelFile = modelFile;
  }

  /** The engine's name in DJL, and in the {@code ENGINE} variable. */
  public String djlName() {
    return djlName;
  }

  /** The model file this engine loads from a model directory. */
  public String modelFile() {
    return modelFile;
  }

  /** The engine with this DJL name, ignoring case; fails listing the names it knows. */
  public static ModelEngine named(String name) {
    for (ModelEngine engine : values()) {
      if (engine.djlName.equalsIgnoreCase(name.trim())) {
        return engine;
      }
    }
    throw new IllegalArgumentException(
        "unknown engine '"
            + name
            + "', expected one of "
            + Arrays.stream(values()).map(ModelEngine::djlName).collect(Collectors.joining(", ")));
  }
}
