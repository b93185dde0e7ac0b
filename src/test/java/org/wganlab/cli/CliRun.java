package org.wganlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the command line with captured output, for the command tests.
 *
 * @param code exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int code, String out, String err) {

  /** Runs {@code args} as the command line would. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WganLabCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs {@code train} with {@code args} followed by the {@code sizes} a test trains at. */
  static CliRun train(String[] sizes, String... args) {
    String[] all = new String[1 + args.length + sizes.length];
    all[0] = "train";
    System.arraycopy(args, 0, all, 1, args.length);
    System.arraycopy(sizes, 0, all, 1 + args.length, sizes.length);
    return of(all);
  }
}
