package org.twofold.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * XHTML laid out as a PDF (openhtmltopdf): in DejaVu Sans, shipped in the jar so curly quotes, dashes and
 * most scripts print the same on every server; pictures only from data: addresses, nothing fetched from
 * outside, no script run. Tagged (PDF/UA) so a screen reader can read it aloud in order.
 */
final class PdfDocument {
    static final String MEDIA_TYPE = "application/pdf";
    static final String FONT_FAMILY = "DejaVu Sans";

    /** One face of the shipped font. */
    private record Face(String resource, int weight, byte[] bytes) {}

    private final List<Face> faces;

    PdfDocument() {
        this.faces = List.of(face("/fonts/DejaVuSans.ttf", 400), face("/fonts/DejaVuSans-Bold.ttf", 700));
    }

    /** The PDF of an XHTML page; characters XML cannot hold (which only the data could bring) are left out first. */
    byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
            .useFastMode()
            .usePdfUaAccessibility(true)
            .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, Set.of("data")))
            .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
            .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
            .withHtmlContent(xmlSafe(xhtml), null)
            .toStream(out);
        for (Face f : faces) {
            builder.useFont(() -> new ByteArrayInputStream(f.bytes()), FONT_FAMILY, f.weight(), FontStyle.NORMAL, true,
                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL));
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The text without the characters XML 1.0 cannot hold. */
    static String xmlSafe(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
                s.appendCodePoint(c);
            }
        });
        return s.toString();
    }

    /**
     * The font with its glyph substitution table (GSUB) hidden, renamed in the table directory: PDFBox would
     * otherwise print "fi" and "ff" as ligatures, which are copied, searched and read aloud as odd characters.
     */
    static byte[] withoutLigatures(byte[] ttf) {
        byte[] out = ttf.clone();
        int tables = (out[4] & 0xFF) << 8 | out[5] & 0xFF;
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (out[at] == 'G' && out[at + 1] == 'S' && out[at + 2] == 'U' && out[at + 3] == 'B') {
                out[at] = 'x';
            }
        }
        return out;
    }

    private static Face face(String resource, int weight) {
        try (InputStream in = PdfDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font is missing from the jar: " + resource);
            }
            return new Face(resource, weight, withoutLigatures(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
