package org.wganlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation names only what the repository has: every relative link of the README and the
 * pages under src/site/markdown reaches a file or folder of the repository, and every {@code #anchor}
 * a heading of its page (as GitHub names headings). The README stays a short read for teachers.
 */
class DocsLinksTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  /** A Markdown link or image: the target up to a closing parenthesis or a title. */
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
  /** The README's length the issue set: about 250 lines, the rest lives in the pages. */
  private static final int README_MAX_LINES = 260;

  @Test
  void everyRelativeLinkReachesAFileAndEveryAnchorAHeading() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Matcher link = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (link.find()) {
        String problem = problem(page, link.group(1));
        if (problem != null) {
          broken.add(ROOT.relativize(page) + ": " + link.group(1) + " (" + problem + ")");
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void theReadmeStaysShort() throws IOException {
    assertThat(Files.readAllLines(ROOT.resolve("README.md"))).hasSizeLessThanOrEqualTo(README_MAX_LINES);
  }

  @Test
  void headingsAreNamedAsGitHubNamesThem() {
    assertThat(anchors(List.of("# The papers' figures, measured", "### `train`",
        "### The six choices of r(x): W-div vs the gradient penalty", "## A", "## A")))
        .containsExactlyInAnyOrder("the-papers-figures-measured", "train",
            "the-six-choices-of-rx-w-div-vs-the-gradient-penalty", "a", "a-1");
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"),
        ROOT.resolve("src/bench/python/README.md")));
    try (Stream<Path> site = Files.list(ROOT.resolve("src/site/markdown"))) {
      site.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    assertThat(pages).hasSizeGreaterThan(3);
    return pages;
  }

  /** What is wrong with one link of a page, or null if nothing is. */
  private static String problem(Path page, String target) {
    if (target.matches("^[a-z]+:.*")) {
      return null;
    }
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
    if (!resolved.startsWith(ROOT)) {
      return "outside the repository";
    }
    if (!Files.exists(resolved)) {
      return "no such file";
    }
    if (hash >= 0) {
      String anchor = target.substring(hash + 1);
      if (!resolved.toString().endsWith(".md") || !anchors(lines(resolved)).contains(anchor)) {
        return "no heading #" + anchor;
      }
    }
    return null;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The anchors of a page's headings as GitHub makes them: lower case, punctuation dropped, spaces
   * turned into hyphens, a repeated name numbered. Lines inside fenced code are not headings.
   */
  static Set<String> anchors(List<String> lines) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fenced = false;
    for (String line : lines) {
      if (line.startsWith("```")) {
        fenced = !fenced;
      }
      Matcher heading = HEADING.matcher(line);
      if (fenced || !heading.matches()) {
        continue;
      }
      String slug = heading.group(1).toLowerCase(Locale.ROOT)
          .replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
      int count = seen.merge(slug, 1, Integer::sum);
      anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
    }
    return anchors;
  }
}
