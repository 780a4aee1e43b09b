package org.twofold.board;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Pictures made in the test with Java's own image library, and files that only pretend to be pictures. */
final class Photos {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private Photos() {}

    static byte[] png(int width, int height) {
        return encoded(drawn(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    static byte[] jpeg(int width, int height) {
        return encoded(drawn(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] gif(int width, int height) {
        return encoded(drawn(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    /** A PNG with a text chunk (as a camera app might leave a place or a name) just after its header. */
    static byte[] pngWithText(int width, int height, String keyword, String text) {
        byte[] png = png(width, height);
        byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        int afterHeader = PNG_SIGNATURE.length + 8 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk("tEXt", data));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /**
     * A tiny file whose header says it is a huge PNG (a decompression bomb): a signature, a header of
     * this size, one small compressed chunk of pixels and the end. Decoding it whole would need gigabytes.
     */
    static byte[] pngHeaderOf(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
            .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PNG_SIGNATURE);
        out.writeBytes(chunk("IHDR", header.array()));
        out.writeBytes(chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01}));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** The size of a picture, as Java reads it. */
    static int[] size(byte[] picture) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
            if (image == null) {
                throw new AssertionError("not a picture Java reads");
            }
            return new int[] {image.getWidth(), image.getHeight()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }

    private static BufferedImage drawn(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encoded(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new AssertionError("Java cannot write " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
