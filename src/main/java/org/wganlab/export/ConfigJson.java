package org.wganlab.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.wganlab.common.AtomicFiles;
import org.wganlab.common.FileWriteException;

/**
 * The experiment file format: an experiment config (a toy one, {@code org.wganlab.train.ExperimentConfig},
 * or an image one) as indented JSON. The command line writes it as {@code config.json} and reruns it
 * with {@code train --config} or {@code image --config}; the desktop app saves and loads the same
 * files.
 */
public final class ConfigJson {
  /** The largest config file read: 1 MB. */
  public static final int MAX_BYTES = 1 << 20;
  private static final ObjectMapper MAPPER = strictMapper();

  private ConfigJson() {
  }

  /**
   * Jackson, told to accept only what the writer writes: no text where a number belongs, no 20.7 for
   * a whole number, no field twice, nothing after the object.
   */
  private static ObjectMapper strictMapper() {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(JsonSyntaxWords.MAX_DEPTH)
        .maxNumberLength(JsonSyntaxWords.MAX_NUMBER_LENGTH)
        .maxStringLength(JsonSyntaxWords.MAX_TEXT_LENGTH).build()).build();
    ObjectMapper mapper = JsonMapper.builder(factory)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
        LogicalType.Boolean, LogicalType.Textual, LogicalType.Enum}) {
      for (CoercionInputShape shape : CoercionInputShape.values()) {
        // A whole number is a number: "c": 1 is 1.0, as a person editing the file means it.
        if (scalar != LogicalType.Float || shape != CoercionInputShape.Integer) {
          mapper.coercionConfigFor(scalar).setCoercion(shape, CoercionAction.Fail);
        }
      }
    }
    return mapper;
  }

  /** The JSON text of {@code config}. */
  public static String toJson(Object config) {
    try {
      return MAPPER.writeValueAsString(config) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an experiment config could not be written as JSON", e);
    }
  }

  /**
   * Parses JSON text as a {@code type}; {@code source} names it in messages, which speak of the
   * config's fields ({@code runs[0].optimizer.beta2}), never of Java types. A UTF-8 byte-order mark
   * at the start is skipped, as in CSV files.
   */
  public static <T> T fromJson(String json, String source, Class<T> type)
      throws InvalidConfigException {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    long tooDeep = JsonSyntaxWords.lineTooDeep(text);
    if (tooDeep > 0) {
      throw new InvalidConfigException(source + ": line " + tooDeep + ": objects and lists nested"
          + " more than " + JsonSyntaxWords.MAX_DEPTH + " deep (a config nests four)", null);
    }
    T value;
    try {
      value = MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new InvalidConfigException(source + ": " + ConfigErrors.describe(e), e);
    }
    if (value == null) {
      throw new InvalidConfigException(source + ": holds null, not a config object", null);
    }
    return value;
  }

  /**
   * Reads a config file holding a {@code type}. A relative data path in it is taken as relative to
   * the file's own folder, so the config reruns from any working folder (see {@link DataPaths}). A
   * file that is not a regular file, or of more than {@value #MAX_BYTES} bytes (the configs written
   * are a few kilobytes), is refused before it is read.
   */
  public static <T> T read(Path file, Class<T> type) throws InvalidConfigException {
    String text;
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new InvalidConfigException(file + ": not a regular file", null);
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new InvalidConfigException(file + ": " + Files.size(file) + " bytes, more than the "
            + MAX_BYTES + " a config file may have", null);
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidConfigException(file + ": no such file", e);
    } catch (MalformedInputException e) {
      throw new InvalidConfigException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new InvalidConfigException(file + ": cannot be read ("
          + FileWriteException.reason(e) + ")", e);
    }
    T config = fromJson(text, file.toString(), type);
    return config instanceof ReferencesData<?> data
        ? type.cast(data.withData(DataPaths.fromConfig(file, data.data()))) : config;
  }

  /**
   * Writes a config file atomically. A relative data path is written relative to the file's folder,
   * so that {@link #read} finds the same data from anywhere.
   */
  public static void write(Path file, Object config) throws IOException {
    Object stored = config instanceof ReferencesData<?> data
        ? data.withData(DataPaths.toConfig(file, data.data())) : config;
    byte[] bytes = toJson(stored).getBytes(StandardCharsets.UTF_8);
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
