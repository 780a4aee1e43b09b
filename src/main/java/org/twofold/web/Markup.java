package org.twofold.web;

/** Text written into XML or HTML by hand (pictures, narratives), made safe there. */
public final class Markup {
    private Markup() {}

    /**
     * Text made safe inside XML or HTML content and attributes: the five special characters
     * escaped, line breaks and tabs as spaces, and characters XML cannot hold left out.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                case '\t', '\n', '\r' -> s.append(' ');
                default -> {
                    if (c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }
}
