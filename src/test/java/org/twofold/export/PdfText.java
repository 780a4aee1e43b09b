package org.twofold.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.twofold.ApiClient;
import org.twofold.TestServer;

/**
 * A PDF export as PDFBox reads it: its text, each printed line with its size and where it stands on the
 * page, and the pictures drawn on each page.
 */
final class PdfText {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One printed line: its text, its smallest letter in points, its page and the height of its baseline. */
    record Line(String text, float smallest, int page, float y) {}

    /** One answer of the server: its status, headers and bytes. */
    record Fetched(int status, String contentType, String disposition, byte[] body) {}

    final String text;
    final List<Line> lines;
    final List<Integer> picturesPerPage;

    private PdfText(String text, List<Line> lines, List<Integer> picturesPerPage) {
        this.text = text;
        this.lines = lines;
        this.picturesPerPage = picturesPerPage;
    }

    static Fetched fetch(TestServer server, String path, String token) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.url(path))).header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<byte[]> a = ApiClient.exchange(HTTP, r, HttpResponse.BodyHandlers.ofByteArray());
        return new Fetched(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""),
            a.headers().firstValue("Content-Disposition").orElse(""), a.body());
    }

    /** The PDF of an export that must be one, read; kept in the folder -Dtwofold.pdfs names, to look at. */
    static PdfText of(Fetched f, String name) {
        assertEquals(200, f.status(), () -> new String(f.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("application/pdf", f.contentType());
        assertTrue(new String(f.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
        String keep = System.getProperty("twofold.pdfs");
        try {
            if (keep != null) {
                Files.createDirectories(Path.of(keep));
                Files.write(Path.of(keep, name + ".pdf"), f.body());
            }
            try (PDDocument doc = Loader.loadPDF(f.body())) {
                Lines stripper = new Lines();
                String text = stripper.getText(doc);
                List<Integer> pictures = new ArrayList<>();
                for (PDPage page : doc.getPages()) {
                    pictures.add(pictures(page.getResources()));
                }
                return new PdfText(text, joined(stripper.lines), pictures);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of one page and one baseline as one line, in order. */
    private static List<Line> joined(List<Line> words) {
        List<Line> lines = new ArrayList<>();
        for (Line w : words) {
            Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && last.page() == w.page() && Math.abs(last.y() - w.y()) < 1) {
                lines.set(lines.size() - 1, new Line(last.text() + " " + w.text(), Math.min(last.smallest(), w.smallest()), w.page(), last.y()));
            } else {
                lines.add(w);
            }
        }
        return lines;
    }

    /**
     * The lines in blocks, as a reader sees them: lines set close under each other (less than 1.6 times their
     * size apart) belong to one block, such as one sentence wrapped; a wider gap starts another.
     */
    List<String> blocks() {
        List<String> blocks = new ArrayList<>();
        Line previous = null;
        for (Line l : lines) {
            boolean close = previous != null && previous.page() == l.page() && l.y() - previous.y() > 0
                && l.y() - previous.y() < 1.6f * l.smallest();
            if (close) {
                blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + " " + l.text());
            } else {
                blocks.add(l.text());
            }
            previous = l;
        }
        return blocks;
    }

    /** Whether the PDF holds these words, read across lines wherever they wrap: white space is not compared. */
    boolean has(String words) {
        return text.replaceAll("\\s+", "").contains(words.replaceAll("\\s+", ""));
    }

    /** Images and drawings (form XObjects holding an SVG) on a page, looked for inside forms too. */
    private static int pictures(PDResources resources) throws IOException {
        if (resources == null) {
            return 0;
        }
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form) {
                n += 1 + pictures(form.getResources());
            }
        }
        return n;
    }

    /** Text read word by word, with the size of each letter and where it stands. */
    private static final class Lines extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();

        /** In the order the PDF draws its text, which is the page's reading order: a table cell by cell, not across. */
        Lines() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            float smallest = Float.MAX_VALUE;
            float y = 0;
            for (TextPosition p : positions) {
                if (!p.getUnicode().isBlank()) {
                    smallest = Math.min(smallest, p.getFontSizeInPt());
                }
                y = Math.max(y, p.getYDirAdj());
            }
            if (!text.isBlank()) {
                lines.add(new Line(text, smallest, getCurrentPageNo(), y));
            }
            super.writeString(text, positions);
        }
    }
}
