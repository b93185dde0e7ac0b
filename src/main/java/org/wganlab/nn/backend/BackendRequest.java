package org.wganlab.nn.backend;

import org.wganlab.common.CliNamed;

/** What the user asked for with {@code --backend}. */
public enum BackendRequest implements CliNamed {
  /** The GPU if the CUDA backend is on the class path and passes its check, else the CPU. */
  AUTO("auto"),
  /** The CPU, even when the CUDA backend is on the class path. */
  CPU("cpu"),
  /** The GPU; when it cannot be used, the CPU and a report that says why. */
  CUDA("cuda");

  private final String cliName;

  BackendRequest(String cliName) {
    this.cliName = cliName;
  }

  @Override
  public String cliName() {
    return cliName;
  }

  /** The request called {@code name} ("auto", "cpu" or "cuda"). */
  public static BackendRequest parse(String name) {
    return CliNamed.parse(BackendRequest.class, name, "backend");
  }
}
