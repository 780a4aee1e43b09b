package org.twofold.board;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.twofold.web.Markup;

/**
 * Writes the few SVG elements a mat's picture needs, every text and attribute escaped for XML and
 * every picture inlined as a data: address, so the document refers to nothing outside itself.
 */
final class SvgWriter {
    /** The kinds of picture that may be inlined; anything else is drawn as a plain box. */
    static final Set<String> PICTURE_TYPES = Set.of("image/svg+xml", "image/png", "image/jpeg", "image/gif", "image/webp");

    private final StringBuilder out = new StringBuilder();

    /** A picture inlined from its bytes, or a plain box where there is none. */
    SvgWriter picture(int x, int y, int size, byte[] bytes, String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (bytes == null || bytes.length == 0 || !PICTURE_TYPES.contains(type)) {
            return box(x, y, size, size, "#ffffff", 2);
        }
        out.append("<image x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(size)
            .append("\" height=\"").append(size).append("\" preserveAspectRatio=\"xMidYMid meet\" href=\"data:")
            .append(type).append(";base64,").append(Base64.getEncoder().encodeToString(bytes)).append("\"/>\n");
        return this;
    }

    SvgWriter box(int x, int y, int width, int height, String fill, int stroke) {
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
            .append("\" height=\"").append(height).append("\" fill=\"").append(fill).append('"');
        if (stroke > 0) {
            out.append(" stroke=\"#000000\" stroke-width=\"").append(stroke).append('"');
        }
        out.append("/>\n");
        return this;
    }

    SvgWriter line(int x1, int y1, int x2, int y2, int width) {
        out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
            .append("\" y2=\"").append(y2).append("\" stroke=\"#000000\" stroke-width=\"").append(width).append("\"/>\n");
        return this;
    }

    /** Lines of text, one under another, the first with its baseline at y; attributes are name and value in turn. */
    SvgWriter text(int x, int y, int font, boolean bold, String anchor, List<String> lines, String... attributes) {
        out.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(font)
            .append('"').append(bold ? " font-weight=\"bold\"" : "").append(" text-anchor=\"").append(anchor).append('"');
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(Markup.escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(x).append('"').append(i == 0 ? "" : " dy=\"" + MatLayout.line(font) + "\"")
                .append('>').append(Markup.escape(lines.get(i))).append("</tspan>");
        }
        out.append("</text>\n");
        return this;
    }

    SvgWriter open(String element, String... attributes) {
        out.append('<').append(element);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(Markup.escape(attributes[i + 1])).append('"');
        }
        out.append(">\n");
        return this;
    }

    SvgWriter close(String element) {
        out.append("</").append(element).append(">\n");
        return this;
    }

    /** An element holding only text, such as a title. */
    SvgWriter element(String element, String id, String text) {
        out.append('<').append(element).append(" id=\"").append(Markup.escape(id)).append("\">").append(Markup.escape(text))
            .append("</").append(element).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
