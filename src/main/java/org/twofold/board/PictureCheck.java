package org.twofold.board;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.twofold.board.BoardErrors.BadBoardFile;
import org.twofold.board.BoardErrors.TooLarge;
import org.twofold.board.BoardErrors.UnsupportedType;

/**
 * What a picture must be to be stored: a PNG or a JPEG (known by its first bytes, whatever it is called),
 * or an SVG that can do nothing but show itself (no script, no foreign content, no event attributes, no
 * reference outside itself, no DOCTYPE or entities); at most 1 MB and 4096 by 4096 pixels. Sizes are read
 * from the headers, never by decoding the whole picture.
 */
final class PictureCheck {
    static final int MOST_BYTES = 1024 * 1024;
    static final int MOST_PIXELS = 4096;
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String SVG = "image/svg+xml";

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler",
        "listener");
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*$");

    /** A picture that passed: what it is and how large. */
    record Checked(String contentType, int width, int height) {}

    private PictureCheck() {}

    /** Checks a picture named in the file as {@code name}, sent as {@code declared} (may be null). */
    static Checked check(String name, String declared, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadBoardFile("Image '" + name + "' is empty.");
        }
        if (bytes.length > MOST_BYTES) {
            throw new TooLarge("Image '" + name + "' is " + (bytes.length / 1024) + " KB: a picture may be at most 1 MB.");
        }
        String type = kind(bytes);
        if (type == null) {
            throw new UnsupportedType("Image '" + name + "' is not a PNG, JPEG or SVG picture: only those are taken.");
        }
        String said = declared == null ? null : normal(declared);
        if (said != null && !said.equals(type)) {
            throw new UnsupportedType("Image '" + name + "' says it is " + declared + " but it is " + type + ".");
        }
        Checked checked = switch (type) {
            case PNG -> png(name, bytes);
            case JPEG -> jpeg(name, bytes);
            default -> svg(name, bytes);
        };
        if (checked.width() > MOST_PIXELS || checked.height() > MOST_PIXELS) {
            throw new TooLarge("Image '" + name + "' is " + checked.width() + " by " + checked.height()
                + " pixels: a picture may be at most " + MOST_PIXELS + " by " + MOST_PIXELS + ".");
        }
        return checked;
    }

    /** The media type a name or a data: URI gives, in one spelling. */
    static String normal(String contentType) {
        String t = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return t.equals("image/jpg") || t.equals("image/pjpeg") ? JPEG : t;
    }

    private static String kind(byte[] b) {
        if (startsWith(b, PNG_MAGIC)) {
            return PNG;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        String start = new String(b, 0, Math.min(b.length, 512), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return start.startsWith("<") ? SVG : null;
    }

    private static Checked png(String name, byte[] b) {
        if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            throw new BadBoardFile("Image '" + name + "' is a broken PNG: it has no header.");
        }
        long width = int32(b, 16);
        long height = int32(b, 20);
        if (width <= 0 || height <= 0) {
            throw new BadBoardFile("Image '" + name + "' is a broken PNG: its size is " + width + " by " + height + ".");
        }
        return new Checked(PNG, (int) Math.min(width, Integer.MAX_VALUE), (int) Math.min(height, Integer.MAX_VALUE));
    }

    /** The size from the first start-of-frame marker, stepping over the segments before it. */
    private static Checked jpeg(String name, byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                break;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                i += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                break;
            }
            int length = int16(b, i + 2);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame && i + 8 < b.length) {
                int height = int16(b, i + 5);
                int width = int16(b, i + 7);
                if (width > 0 && height > 0) {
                    return new Checked(JPEG, width, height);
                }
                break;
            }
            if (length < 2) {
                break;
            }
            i += 2 + length;
        }
        throw new BadBoardFile("Image '" + name + "' is a broken JPEG: its size cannot be read.");
    }

    private static Checked svg(String name, byte[] b) {
        String text = new String(b, StandardCharsets.UTF_8);
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
            throw unsafe(name, "has a DOCTYPE or entities");
        }
        try {
            XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(b));
            try {
                return walk(name, r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof BadBoardFile || e instanceof UnsupportedType) {
                throw (RuntimeException) e;
            }
            throw new BadBoardFile("Image '" + name + "' is not a well-formed SVG picture.");
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** Every part of the SVG, refusing whatever could run, reach outside the picture or read a file. */
    private static Checked walk(String name, XMLStreamReader r) throws XMLStreamException {
        Checked size = null;
        boolean inStyle = false;
        while (r.hasNext()) {
            switch (r.next()) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                    throw unsafe(name, "has a DOCTYPE or entities");
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> throw unsafe(name, "has a processing instruction");
                case XMLStreamConstants.START_ELEMENT -> {
                    String element = r.getLocalName().toLowerCase(Locale.ROOT);
                    if (size == null && !element.equals("svg")) {
                        throw new UnsupportedType("Image '" + name + "' is not a PNG, JPEG or SVG picture: only those are taken.");
                    }
                    if (FORBIDDEN_ELEMENTS.contains(element)) {
                        throw unsafe(name, "has a <" + r.getLocalName() + "> element");
                    }
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        attribute(name, r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    if (size == null) {
                        size = size(r);
                    }
                    inStyle = element.equals("style");
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (inStyle) {
                        styles(name, r.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> inStyle = false;
                default -> {
                    // Comments, spaces and the end are harmless.
                }
            }
        }
        if (size == null) {
            throw new BadBoardFile("Image '" + name + "' is not a well-formed SVG picture.");
        }
        return size;
    }

    private static void attribute(String name, String attribute, String value) {
        String a = attribute.toLowerCase(Locale.ROOT);
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (a.startsWith("on")) {
            throw unsafe(name, "has an event attribute (" + attribute + ")");
        }
        if ((a.equals("href") || a.equals("src")) && !inside(v)) {
            throw unsafe(name, "refers to something outside itself (" + attribute + ")");
        }
        if (a.equals("attributename") && (v.contains("href") || v.startsWith("on"))) {
            throw unsafe(name, "changes a reference or an event as it animates");
        }
        if (v.contains("javascript:")) {
            throw unsafe(name, "has script in an attribute");
        }
        styles(name, v);
    }

    /** A style (an attribute's value or a style element) may point only inside the picture. */
    private static void styles(String name, String css) {
        String c = css.toLowerCase(Locale.ROOT);
        if (c.contains("@import") || c.contains("expression(")) {
            throw unsafe(name, "has a style that reaches outside it");
        }
        Matcher m = URL.matcher(c);
        while (m.find()) {
            if (!inside(m.group(1))) {
                throw unsafe(name, "refers to something outside itself (url)");
            }
        }
    }

    /** A reference within the picture, or a PNG or JPEG carried in it. */
    private static boolean inside(String reference) {
        return reference.startsWith("#") || reference.startsWith("data:image/png") || reference.startsWith("data:image/jpeg");
    }

    private static Checked size(XMLStreamReader svg) {
        double width = number(svg.getAttributeValue(null, "width"));
        double height = number(svg.getAttributeValue(null, "height"));
        String viewBox = svg.getAttributeValue(null, "viewBox");
        if ((width <= 0 || height <= 0) && viewBox != null) {
            String[] parts = viewBox.strip().split("[\\s,]+");
            if (parts.length == 4) {
                width = width > 0 ? width : number(parts[2]);
                height = height > 0 ? height : number(parts[3]);
            }
        }
        int w = width > 0 ? (int) Math.min(Math.ceil(width), Integer.MAX_VALUE) : 120;
        int h = height > 0 ? (int) Math.min(Math.ceil(height), Integer.MAX_VALUE) : 120;
        return new Checked(SVG, w, h);
    }

    private static double number(String text) {
        if (text == null) {
            return 0;
        }
        Matcher m = NUMBER.matcher(text);
        return m.matches() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static BadBoardFile unsafe(String name, String why) {
        return new BadBoardFile("Image '" + name + "' is an SVG that " + why + ": only plain pictures are taken.");
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long int32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static int int16(byte[] b, int at) {
        return at + 1 < b.length ? ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF) : 0;
    }
}
