package org.twofold.board;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A photo as it is kept: checked to be a JPEG or PNG by its first bytes and by decoding it, within
 * 5 MB and 6000 by 6000 pixels (read from its header before any pixel is decoded), then drawn afresh,
 * at most 1024 pixels on its long side, so nothing but the pixels is kept: no place it was taken, no
 * camera, no comments. Nothing is written to disk on the way (memory-cached streams only).
 */
public record Photo(String contentType, byte[] bytes, int width, int height) {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PIXELS_A_SIDE = 6000;
    public static final int LONG_SIDE = 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private enum Kind {
        JPEG("image/jpeg", "jpeg"), PNG("image/png", "png");

        final String mediaType;
        final String format;

        Kind(String mediaType, String format) {
            this.mediaType = mediaType;
            this.format = format;
        }
    }

    /** Refuses an upload whose request is far larger than any photo kept, before any of it is read. */
    public static void refuseIfFarTooLarge(long requestBytes) {
        if (requestBytes > MAX_BYTES + 1024L * 1024L) {
            throw PhotoRefused.tooLarge("A photo may be at most 5 MB; this upload is " + requestBytes / (1024 * 1024) + " MB.",
                "The photo must be 5 MB or smaller.");
        }
    }

    /** The photo to keep from an upload, or a refusal that says what is wrong. */
    public static Photo from(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw PhotoRefused.tooLarge("A photo may be at most 5 MB.", "The photo must be 5 MB or smaller.");
        }
        if (upload.length == 0) {
            throw PhotoRefused.missing();
        }
        Kind kind = kindOf(upload);
        BufferedImage image = decoded(upload, kind);
        BufferedImage kept = scaled(image, kind);
        return new Photo(kind.mediaType, encoded(kept, kind), kept.getWidth(), kept.getHeight());
    }

    private static Kind kindOf(byte[] upload) {
        if (startsWith(upload, PNG)) {
            return Kind.PNG;
        }
        if (startsWith(upload, JPEG)) {
            return Kind.JPEG;
        }
        throw PhotoRefused.wrongType("A photo must be a JPEG or PNG picture; this file's first bytes are neither.");
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    /** Decodes the image, after its header has shown its size is within bounds; fewer pixels are read from a very large one. */
    private static BufferedImage decoded(byte[] upload, Kind kind) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.format);
            if (!readers.hasNext()) {
                throw new IllegalStateException("Java's image library reads " + kind.format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw PhotoRefused.broken("The photo has no pixels.");
                }
                if (width > MAX_PIXELS_A_SIDE || height > MAX_PIXELS_A_SIDE) {
                    throw PhotoRefused.tooLarge("A photo may be at most " + MAX_PIXELS_A_SIDE + " by " + MAX_PIXELS_A_SIDE
                        + " pixels; this one is " + width + " by " + height + ".", "The photo is too big. Take it again at a smaller size.");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / (2 * LONG_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw PhotoRefused.broken("The photo could not be decoded.");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoRefused refused) {
                throw refused;
            }
            throw PhotoRefused.broken("The photo could not be decoded as " + kind.mediaType + ": it is broken or not a picture.");
        }
    }

    /** The pixels alone, at most {@link #LONG_SIDE} on the long side: a PNG keeps its transparency, a JPEG has none. */
    private static BufferedImage scaled(BufferedImage image, Kind kind) {
        int width = image.getWidth();
        int height = image.getHeight();
        double factor = Math.min(1.0, (double) LONG_SIDE / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * factor));
        int h = Math.max(1, (int) Math.round(height * factor));
        BufferedImage out = new BufferedImage(w, h, kind == Kind.PNG ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encoded(BufferedImage image, Kind kind) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(kind.format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (kind == Kind.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Encoding an image in memory cannot fail for want of space", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
