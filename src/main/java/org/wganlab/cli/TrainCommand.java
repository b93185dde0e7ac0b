package org.wganlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "train")
public final class TrainCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
