package org.wganlab.export;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON parser's complaints about the text of a config file, told in the program's words: what
 * was found and what belongs there, without the parser's feature names, Java types or
 * settings (a person editing a config cannot enable a parser feature, and should not be told to).
 */
final class JsonSyntaxWords {
  /** How deep a config may nest objects and lists; the configs written nest four levels. */
  static final int MAX_DEPTH = 32;
  /** The most characters one number may have. */
  static final int MAX_NUMBER_LENGTH = 100;
  /** The most characters one text value may have (a data path is far shorter). */
  static final int MAX_TEXT_LENGTH = 100_000;

  /** A pattern of the parser's message and what to say instead ($1: its first group). */
  private record Rule(Pattern pattern, String words) {
    Rule(String regex, String words) {
      this(Pattern.compile(regex), words);
    }
  }

  private static final List<Rule> RULES = List.of(
      new Rule("^Non-standard token '([^']*)'", "$1 is not a number a config can hold"),
      new Rule("^Number value length", "a number of more than " + MAX_NUMBER_LENGTH + " characters"),
      new Rule("^String value length", "a text of more than " + MAX_TEXT_LENGTH + " characters"),
      new Rule("^Unexpected character \\('(.)' \\(code \\d+\\)\\): maybe a \\(non-standard\\)"
          + " comment", "'$1': JSON has no comments"),
      new Rule("^Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting double-quote",
          "'$1' where a field name in double quotes belongs"),
      new Rule("^Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting comma",
          "'$1' where a comma between two entries belongs"),
      new Rule("^Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting a colon",
          "'$1' where a colon after a field name belongs"),
      new Rule("^Unexpected character \\('(.)' \\(code \\d+\\)\\) in numeric value",
          "'$1' inside a number"),
      new Rule("^Unexpected character \\('(.)' \\(code \\d+\\)\\)", "'$1' where a value belongs"),
      new Rule("^Unrecognized token '([^']*)'", "'$1' where a value belongs (text in double quotes,"
          + " a number, true, false, null, a list or an object)"),
      new Rule("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "a control character"
          + " (code $1) where only spaces, tabs and line ends may stand"),
      new Rule("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "a control"
          + " character (code $1) inside a text: write it as an escape such as \\n"),
      new Rule("^Unrecognized character escape", "an unknown escape after a backslash in a text"),
      new Rule("^Invalid numeric value: Leading zeroes", "a number that starts with 0"),
      new Rule("^Invalid numeric value", "a number that is not written as JSON writes numbers"),
      new Rule("^Unexpected end-of-input", "the file ends before the config does (cut short?)"),
      new Rule("^Unexpected close marker '(.)'", "'$1' that closes nothing open here"),
      new Rule("^Invalid UTF-8", "bytes that are not UTF-8 text"));

  private JsonSyntaxWords() {
  }

  /**
   * The line on which {@code json} nests objects and lists deeper than {@link #MAX_DEPTH}, or 0 if
   * it never does; found here because the parser's limit reports no place.
   */
  static long lineTooDeep(String json) {
    int depth = 0;
    long line = 1;
    boolean inText = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\n') {
        line++;
      } else if (inText) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inText = false;
        }
      } else if (c == '"') {
        inText = true;
      } else if (c == '{' || c == '[') {
        if (++depth > MAX_DEPTH) {
          return line;
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return 0;
  }

  /** The parser's first message line in the program's words. */
  static String of(String parserMessage) {
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(parserMessage);
      if (m.find()) {
        return m.groupCount() == 0 ? rule.words() : rule.words().replace("$1", m.group(1));
      }
    }
    // A message no rule knows: its wording up to the first hint addressed to programmers.
    int hint = parserMessage.indexOf('`');
    String plain = hint < 0 ? parserMessage : parserMessage.substring(0, hint)
        .replaceAll("[\\s(:;,]*(?:enable|from|since|for)?\\s*$", "");
    return plain.isBlank() ? "text that is not valid JSON" : plain;
  }
}
