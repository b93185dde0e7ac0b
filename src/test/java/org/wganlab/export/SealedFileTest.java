package org.wganlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container of the state files: what is written reads back bit for bit, the bytes on disk are
 * the magic word, the version, the fields and the checksum of all before it, and a flipped byte, a
 * truncated file or a length beyond the bytes left are refused with the file named.
 */
class SealedFileTest {
  private static final SealedFile.Format CRC = new SealedFile.Format("test state", 0x54455354, 3,
      SealedFile.Checksum.CRC32, "version 2 files are read by the previous release");
  private static final SealedFile.Format SHA = new SealedFile.Format("test state", 0x54455354, 3,
      SealedFile.Checksum.SHA_256, "");
  private static final float[] FLOATS = {0f, -0f, 1.5f, Float.MIN_VALUE, Float.MAX_VALUE,
      Float.intBitsToFloat(0x7fc01234), Float.NEGATIVE_INFINITY};
  private static final double[] DOUBLES = {-0.0, Math.PI, Double.longBitsToDouble(0x7ff8000000000abcL),
      Double.MIN_NORMAL};

  @TempDir
  Path dir;

  /** Fields of every kind, the float array long enough to span several of the writer's chunks. */
  private static void payload(FieldWriter out) throws IOException {
    out.writeInt(-7);
    out.writeLong(Long.MIN_VALUE + 3);
    out.writeBoolean(true);
    out.writeUTF("Gaussian ring, 8 modes: é");
    out.writeFloats(FLOATS);
    out.writeFloats(longFloats());
    out.writeDoubles(DOUBLES);
    out.writeInts(new int[] {Integer.MIN_VALUE, 0, 42});
  }

  private static float[] longFloats() {
    float[] values = new float[5000];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) Math.sin(i) * i;
    }
    return values;
  }

  private record Fields(int i, long l, boolean b, String s, float[] f, float[] longF, double[] d,
      int[] ints) {
  }

  private static Fields parse(FieldReader in) throws IOException {
    return new Fields(in.readInt(), in.readLong(), in.readBoolean(), in.readUtf(), in.readFloats(),
        in.readFloats(), in.readDoubles(), in.readInts());
  }

  private static int[] floatBits(float[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Float.floatToRawIntBits(values[i]);
    }
    return out;
  }

  private static long[] doubleBits(double[] values) {
    return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
  }

  @Test
  void whatIsWrittenReadsBackBitForBit() throws IOException {
    for (SealedFile.Format format : new SealedFile.Format[] {CRC, SHA}) {
      Path file = dir.resolve(format.checksum() + ".state");
      SealedFile.write(file, format, SealedFileTest::payload);
      Fields read = SealedFile.read(file, format, SealedFileTest::parse);
      assertThat(read.i()).isEqualTo(-7);
      assertThat(read.l()).isEqualTo(Long.MIN_VALUE + 3);
      assertThat(read.b()).isTrue();
      assertThat(read.s()).isEqualTo("Gaussian ring, 8 modes: é");
      assertThat(floatBits(read.f())).containsExactly(floatBits(FLOATS));
      assertThat(floatBits(read.longF())).containsExactly(floatBits(longFloats()));
      assertThat(doubleBits(read.d())).containsExactly(doubleBits(DOUBLES));
      assertThat(read.ints()).containsExactly(Integer.MIN_VALUE, 0, 42);
    }
  }

  @Test
  void theBytesAreHeaderFieldsAndTheChecksumOfAllBeforeIt() throws Exception {
    Path crcFile = dir.resolve("crc.state");
    SealedFile.write(crcFile, CRC, out -> out.writeFloats(new float[] {1f}));
    byte[] bytes = Files.readAllBytes(crcFile);
    // Magic, version, the array's length and its one float, then the CRC-32 as a long.
    assertThat(Arrays.copyOf(bytes, 16)).containsExactly(0x54, 0x45, 0x53, 0x54, 0, 0, 0, 3, 0, 0, 0,
        1, 0x3f, (byte) 0x80, 0, 0);
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, 16);
    assertThat(bytes).hasSize(24);
    assertThat(ByteBuffer.wrap(bytes).getLong(16)).isEqualTo(crc.getValue());

    Path shaFile = dir.resolve("sha.state");
    SealedFile.write(shaFile, SHA, out -> out.writeInt(5));
    byte[] sealed = Files.readAllBytes(shaFile);
    assertThat(sealed).hasSize(12 + 32);
    assertThat(Arrays.copyOfRange(sealed, 12, 44)).containsExactly(
        MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(sealed, 12)));
  }

  @Test
  void everyFlippedByteIsRefusedNamingTheFile() throws IOException {
    for (SealedFile.Format format : new SealedFile.Format[] {CRC, SHA}) {
      Path file = dir.resolve("flipped.state");
      SealedFile.write(file, format, out -> out.writeFloats(FLOATS));
      byte[] good = Files.readAllBytes(file);
      for (int at = 8; at < good.length; at++) {
        byte[] flipped = good.clone();
        flipped[at] ^= 0x01;
        Files.write(file, flipped);
        assertThatThrownBy(() -> SealedFile.read(file, format, FieldReader::readFloats))
            .as("%s, byte %d", format.checksum(), at).isInstanceOf(DamagedFileException.class)
            .hasMessage(file + ": test state is damaged: its contents do not match their checksum");
      }
      byte[] otherMagic = good.clone();
      otherMagic[0] ^= 0x01;
      Files.write(file, otherMagic);
      assertThatThrownBy(() -> SealedFile.read(file, format, FieldReader::readFloats))
          .hasMessage(file + ": not a WGAN Lab test state");
    }
  }

  @Test
  void everyTruncationIsRefusedNamingTheFile() throws IOException {
    Path file = dir.resolve("cut.state");
    SealedFile.write(file, SHA, out -> out.writeDoubles(DOUBLES));
    byte[] good = Files.readAllBytes(file);
    for (int length = 0; length < good.length; length++) {
      Files.write(file, Arrays.copyOf(good, length));
      String expected = length < 4 ? "not a WGAN Lab test state"
          : length < 8 + 32 ? "test state is truncated"
          : "test state is damaged: its contents do not match their checksum";
      assertThatThrownBy(() -> SealedFile.read(file, SHA, FieldReader::readDoubles))
          .as("%d bytes", length).isInstanceOf(DamagedFileException.class)
          .hasMessage(file + ": " + expected);
    }
  }

  @Test
  void aLengthBeyondTheBytesLeftIsRefusedBeforeAnythingIsAllocated() throws IOException {
    Path file = dir.resolve("long.state");
    // A well-sealed file whose array claims a billion floats where 8 bytes follow.
    SealedFile.write(file, CRC, out -> {
      out.writeInt(1_000_000_000);
      out.writeLong(0);
    });
    assertThatThrownBy(() -> SealedFile.read(file, CRC, FieldReader::readFloats))
        .isInstanceOf(DamagedFileException.class)
        .hasMessage(file + ": test state is damaged: a length of 1000000000 where 8 bytes are left");
    SealedFile.write(file, CRC, out -> out.writeInt(-1));
    assertThatThrownBy(() -> SealedFile.read(file, CRC, FieldReader::readInts))
        .hasMessage(file + ": test state is damaged: a length of -1 where 0 bytes are left");
    SealedFile.write(file, CRC, out -> out.writeShort(300));
    assertThatThrownBy(() -> SealedFile.read(file, CRC, FieldReader::readUtf))
        .hasMessage(file + ": test state is damaged: it ends inside a field");
    SealedFile.write(file, CRC, out -> out.writeInt(3));
    assertThatThrownBy(() -> SealedFile.read(file, CRC, FieldReader::readLong))
        .hasMessage(file + ": test state is damaged: it ends inside a field");
  }

  @Test
  void leftoverDataOtherVersionsAndMissingFilesAreRefused() throws IOException {
    Path file = dir.resolve("v.state");
    SealedFile.write(file, CRC, out -> out.writeLong(9));
    assertThatThrownBy(() -> SealedFile.read(file, CRC, FieldReader::readInt))
        .hasMessage(file + ": test state is damaged: 4 bytes of unexpected data after the last"
            + " field");
    for (int version : new int[] {2, 4}) {
      SealedFile.write(file, new SealedFile.Format("test state", CRC.magic(), version,
          SealedFile.Checksum.CRC32, ""), out -> out.writeLong(9));
      assertThatThrownBy(() -> SealedFile.read(file, CRC, FieldReader::readLong))
          .hasMessage(file + ": test state version " + version + ", this program reads version 3"
              + (version == 2 ? ": version 2 files are read by the previous release" : ""));
    }
    Path missing = dir.resolve("missing.state");
    assertThatThrownBy(() -> SealedFile.read(missing, CRC, FieldReader::readLong))
        .isInstanceOf(DamagedFileException.class).hasMessage(missing + ": no such file");
  }
}
