package org.wganlab.cli;

import org.wganlab.nn.backend.BackendReport;
import org.wganlab.nn.backend.BackendRequest;
import org.wganlab.nn.backend.Backends;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --backend auto|cpu|cuda}, mixed into the commands that compute with ND4J. A command calls
 * {@link #start()} (image networks) or {@link #startOnCpu()} (toy networks) before its first ND4J use
 * and prints the report's line; {@code train} only refuses {@code cuda} ({@link #requireCpu()}).
 */
final class BackendOption {

  @Option(names = "--backend", defaultValue = "auto", paramLabel = "auto|cpu|cuda",
      converter = RequestConverter.class,
      description = "Where ND4J computes: auto (the GPU when this is a -Pcuda build and the GPU passes"
          + " a check computation, else the CPU), cpu, or cuda (the GPU, or the CPU with the reason"
          + " why not). Default: ${DEFAULT-VALUE}.")
  private BackendRequest request = BackendRequest.AUTO;

  /** Settles the backend and starts ND4J on it; the first call in a process decides. */
  BackendReport start() {
    return Backends.start(request);
  }

  /**
   * Starts ND4J on the CPU for the toy networks, which read ND4J arrays in host memory; asking them
   * for a GPU is refused with a reason.
   */
  BackendReport startOnCpu() {
    requireCpu();
    return Backends.start(BackendRequest.CPU);
  }

  /**
   * Refuses {@code --backend cuda} for a command whose networks run on the CPU only (the toy ones,
   * which read ND4J arrays in host memory), with that reason; {@code auto} and {@code cpu} pass.
   */
  void requireCpu() {
    if (request == BackendRequest.CUDA) {
      throw new IllegalArgumentException("--backend cuda applies to the image networks only (image,"
          + " bench --image); the toy networks run on the CPU");
    }
  }

  /** Reads the option's value with the same names and error message as the rest of the program. */
  static final class RequestConverter implements ITypeConverter<BackendRequest> {
    @Override
    public BackendRequest convert(String value) {
      try {
        return BackendRequest.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
