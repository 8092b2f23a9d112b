package br.com.clientela.shared.images;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Tiny files that declare gigantic pictures, built byte by byte as an attacker would. */
final class ImageBombs {

    private ImageBombs() {
    }

    /**
     * A lossless WebP (VP8L) of width × height in 36 bytes: no transforms, no colour cache and five one-symbol
     * prefix codes, so every pixel takes zero bits and a decoder fills the whole raster from nothing.
     */
    static byte[] losslessWebp(int width, int height) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(0x2f);
        long bits = 0;
        int count = 0;
        int[][] fields = new int[7 + 20][];
        int f = 0;
        fields[f++] = new int[] {width - 1, 14};
        fields[f++] = new int[] {height - 1, 14};
        fields[f++] = new int[] {0, 1}; // alpha hint
        fields[f++] = new int[] {0, 3}; // version
        fields[f++] = new int[] {0, 1}; // no transform
        fields[f++] = new int[] {0, 1}; // no colour cache
        fields[f++] = new int[] {0, 1}; // no meta prefix codes
        for (int i = 0; i < 5; i++) {
            fields[f++] = new int[] {1, 1}; // simple code
            fields[f++] = new int[] {0, 1}; // one symbol
            fields[f++] = new int[] {0, 1}; // of one bit
            fields[f++] = new int[] {0, 1}; // symbol 0
        }
        for (int[] field : fields) {
            bits |= ((long) field[0]) << count;
            count += field[1];
            while (count >= 8) {
                data.write((int) (bits & 0xFF));
                bits >>>= 8;
                count -= 8;
            }
        }
        if (count > 0) {
            data.write((int) (bits & 0xFF));
        }
        while (data.size() < 16) {
            data.write(0); // readers fetch eight bytes at a time
        }
        byte[] vp8l = data.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        littleEndian(out, 4 + 8 + vp8l.length);
        out.writeBytes("WEBPVP8L".getBytes(StandardCharsets.US_ASCII));
        littleEndian(out, vp8l.length);
        out.writeBytes(vp8l);
        return out.toByteArray();
    }

    /** A PNG whose header declares width × height, followed by a tiny (wrong) image data chunk. */
    static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        bigEndian(header, width);
        bigEndian(header, height);
        header.writeBytes(new byte[] {8, 6, 0, 0, 0}); // 8 bits, RGBA
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0, 0, 0, 1, 0, 1});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        bigEndian(out, data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        bigEndian(out, (int) crc.getValue());
    }

    private static void littleEndian(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >> 8);
        out.write(value >> 16);
        out.write(value >> 24);
    }

    private static void bigEndian(ByteArrayOutputStream out, int value) {
        out.write(value >> 24);
        out.write(value >> 16);
        out.write(value >> 8);
        out.write(value);
    }
}
