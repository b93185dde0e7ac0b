/**
 * Says what the first build downloads before Maven starts downloading it, even under {@code mvn -q}
 * (which hides every message of Maven's own). The pom runs this file with {@code java} (no compiling
 * step) only while the local Maven repository holds no ND4J yet, that is, before the first build.
 * The sizes were measured on Linux x86-64 into an empty local repository; other platforms' native
 * libraries differ by a few megabytes.
 */
public final class FirstBuildNotice {
  private FirstBuildNotice() {
  }

  /** Prints the notice. */
  public static void main(String[] args) {
    System.out.println(String.join(System.lineSeparator(),
        "WGAN Lab, first build: Maven now downloads the libraries and plugins the build needs into"
            + " ~/.m2/repository, once.",
        "  About 200 MB in all: ND4J with its oneDNN natives 116 MB, OpenBLAS and JavaCPP 15 MB,"
            + " JavaFX 8 MB,",
        "  the other libraries, the test libraries and Maven's plugins the rest.",
        "  At 20 Mbit/s that takes about a minute and a half; later builds download nothing."));
  }
}
