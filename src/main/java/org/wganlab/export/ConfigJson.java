package org.wganlab.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.wganlab.train.ExperimentConfig;

/**
 * The experiment file format: {@link ExperimentConfig} (or an image experiment, through the generic
 * methods) as indented JSON. The command line writes it as {@code config.json} and reruns it with
 * {@code train --config} or {@code image --config}; the desktop app saves and loads the same files.
 */
public final class ConfigJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  private ConfigJson() {
  }

  /** The JSON text of {@code config}. */
  public static String toJson(Object config) {
    try {
      return MAPPER.writeValueAsString(config) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an experiment config could not be written as JSON", e);
    }
  }

  /** Parses JSON text; {@code source} names it in messages. */
  public static ExperimentConfig fromJson(String json, String source) throws InvalidConfigException {
    return fromJson(json, source, ExperimentConfig.class);
  }

  /** Parses JSON text as a {@code type}; {@code source} names it in messages. */
  public static <T> T fromJson(String json, String source, Class<T> type)
      throws InvalidConfigException {
    try {
      return MAPPER.readValue(json, type);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new InvalidConfigException(source + ": " + cause.getMessage(), e);
    } catch (JsonMappingException e) {
      throw new InvalidConfigException(source + ": " + describe(e, type), e);
    } catch (JsonProcessingException e) {
      throw new InvalidConfigException(source + ": not valid JSON at line "
          + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String describe(JsonMappingException e, Class<?> type) {
    String where = e.getPath().isEmpty() ? "" : " at '" + e.getPathReference()
        .replaceFirst("^.*" + type.getSimpleName(), "").replaceAll("\\[\"|\"\\]", "/") + "'";
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root == e ? e.getOriginalMessage() : root.getMessage();
    return "invalid config" + where + ": " + message.lines().findFirst().orElse("");
  }

  /** Reads a config file. */
  public static ExperimentConfig read(Path file) throws InvalidConfigException {
    return read(file, ExperimentConfig.class);
  }

  /** Reads a config file holding a {@code type}. */
  public static <T> T read(Path file, Class<T> type) throws InvalidConfigException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidConfigException(file + ": no such file", e);
    } catch (IOException e) {
      throw new InvalidConfigException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return fromJson(text, file.toString(), type);
  }

  /** Writes a config file atomically. */
  public static void write(Path file, Object config) throws IOException {
    byte[] bytes = toJson(config).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, out -> out.write(bytes));
  }

  /** A config file that cannot be used, with a message naming the file and the problem. */
  public static final class InvalidConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidConfigException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
