package org.wganlab.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jackson's failures told in the words of the config file: the line, the field's path as the file
 * spells it ({@code runs[0].optimizer.beta2}), what was expected and what was found. Jackson's own
 * messages name Java classes, which mean nothing to the person who edited the file.
 */
final class ConfigErrors {
  private static final Pattern MISSING = Pattern.compile("Missing (?:required )?creator property '([^']+)'");
  /** The value in Jackson's "Cannot coerce String value ("64") to ..." messages. */
  private static final Pattern COERCED = Pattern.compile("^Cannot coerce \\w+(?:-point)? value \\((.*)\\) to");
  /** The kind of value in Jackson's "... from Boolean value (token ...)" messages. */
  private static final Pattern FROM = Pattern.compile("from (\\w+) value");
  private static final Pattern RANGE = Pattern.compile("^Numeric value \\((.*)\\) out of range");

  private ConfigErrors() {
  }

  /** One sentence (no file name) saying what is wrong where. */
  static String describe(JsonProcessingException e) {
    long line = line(e);
    String at = line > 0 ? "line " + line : "";
    if (!(e instanceof JsonMappingException mapping)) {
      return (at.isEmpty() ? "" : at + ": ") + "not valid JSON: "
          + JsonSyntaxWords.of(firstLine(e.getOriginalMessage()));
    }
    String field = path(mapping.getPath());
    String where = field.isEmpty() ? at : at.isEmpty() ? field : at + ", " + field;
    String original = firstLine(mapping.getOriginalMessage());
    if (e instanceof ValueInstantiationException) {
      // Jackson builds an object at its closing brace, so the line would mislead: name the field.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return (field.isEmpty() ? "" : "in " + field + ": ") + firstLine(cause.getMessage());
    }
    if (original.startsWith("No content")) {
      return "the file is empty";
    }
    Matcher range = RANGE.matcher(original);
    if (range.find()) {
      return where + ": the number " + range.group(1) + " is too large";
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      String name = field.isEmpty() ? unknown.getPropertyName() : field;
      // Reported where the object ends, not at the field: the path says where it is.
      return "unknown field " + name + known(unknown.getKnownPropertyIds());
    }
    if (e instanceof InvalidTypeIdException type) {
      return where + ": unknown " + type.getBaseType().getRawClass().getSimpleName()
          .replaceAll("Config$", "").toLowerCase(Locale.ROOT) + " '" + type.getTypeId() + "'";
    }
    if (original.startsWith("Trailing token")) {
      return where + ": more text after the end of the config object";
    }
    Matcher missing = MISSING.matcher(original);
    if (missing.find()) {
      return "field " + (field.isEmpty() ? missing.group(1) : field) + " is missing";
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return where + ": expected " + expected(mismatch.getTargetType()) + found(original);
    }
    return (where.isEmpty() ? "" : where + ": ") + JsonSyntaxWords.of(original);
  }

  /**
   * The line Jackson stopped at, or 0 when it does not say (a limit of the parser reports no
   * location of its own, but the parser still knows where it is).
   */
  private static long line(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if ((location == null || location.getLineNr() < 1) && e.getProcessor() instanceof JsonParser p) {
      location = p.currentLocation();
    }
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  /** {@code runs[0].optimizer.beta2} from Jackson's path. */
  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String known(Collection<Object> ids) {
    return ids == null || ids.isEmpty() ? "" : " (the fields here are "
        + ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
  }

  private static String expected(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class || type.isEnum()) {
      return "text in quotes";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list [...]";
    }
    return "an object {...}";
  }

  /** ", found ..." from Jackson's message, which quotes the value or names its kind. */
  private static String found(String original) {
    Matcher coerced = COERCED.matcher(original);
    if (coerced.find()) {
      return ", found " + coerced.group(1);
    }
    Matcher from = FROM.matcher(original);
    if (from.find()) {
      return switch (from.group(1)) {
        case "Boolean" -> ", found true or false";
        case "Array" -> ", found a list";
        case "Object" -> ", found an object";
        case "String" -> ", found text";
        default -> "";
      };
    }
    return "";
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
