package org.twofold.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twofold.conversation.MatSnapshotStore;
import org.twofold.draft.Draft;
import org.twofold.store.Database;
import org.twofold.symbols.Symbol;
import org.twofold.symbols.SymbolCatalogue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The pictures a PDF shows, as data: addresses: a symbol of the library by its id, and the picture of the
 * finished mat a draft came from. A picture that is missing or not a well-formed SVG is left out (empty),
 * so one broken file costs its picture, never the PDF.
 */
final class PdfPictures {
    private static final Logger LOG = LoggerFactory.getLogger(PdfPictures.class);

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private final SymbolCatalogue symbols;
    private final Database db;
    private final MatSnapshotStore snapshots = new MatSnapshotStore();

    PdfPictures(SymbolCatalogue symbols, Database db) {
        this.symbols = symbols;
        this.db = db;
    }

    /** A symbol of the library, if it is there and well formed. */
    Optional<String> symbol(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return symbols.svg(id).flatMap(svg -> checked(svg, "symbol " + id));
    }

    /** What a symbol shows, in a few words: its label in the library ("My goal"). */
    String label(String id) {
        return id == null ? "" : symbols.find(id).map(Symbol::label).orElse("");
    }

    /** The picture of the mat a draft came from, as the person left it, if it was kept. */
    Optional<String> mat(Draft.FromMat mat) {
        if (mat == null || mat.conversationId() == null || mat.node() == null) {
            return Optional.empty();
        }
        String what = "the mat of conversation " + mat.conversationId();
        return db.read(tx -> snapshots.latest(tx, mat.conversationId(), mat.node()))
            .flatMap(s -> parsed(s.svg().getBytes(StandardCharsets.UTF_8), what))
            .flatMap(doc -> written(withXlinks(doc), what))
            .map(PdfPictures::address);
    }

    private static Optional<String> checked(byte[] svg, String what) {
        return parsed(svg, what).map(doc -> address(svg));
    }

    private static String address(byte[] svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg);
    }

    private static Optional<Document> parsed(byte[] svg, String what) {
        try {
            Document doc = parser().parse(new ByteArrayInputStream(svg));
            if (!"svg".equals(doc.getDocumentElement().getLocalName())) {
                LOG.warn("The PDF leaves out {}: it is not an SVG picture", what);
                return Optional.empty();
            }
            return Optional.of(doc);
        } catch (SAXException | IOException e) {
            LOG.warn("The PDF leaves out {}: {}", what, e.getMessage());
            return Optional.empty();
        }
    }

    /** The picture with each image's href also as xlink:href, the SVG 1.1 form the PDF's drawing library reads. */
    private static Document withXlinks(Document doc) {
        NodeList images = doc.getElementsByTagNameNS(SVG_NS, "image");
        for (int i = 0; i < images.getLength(); i++) {
            Element image = (Element) images.item(i);
            if (image.hasAttribute("href") && !image.hasAttributeNS(XLINK_NS, "href")) {
                image.setAttributeNS(XLINK_NS, "xlink:href", image.getAttribute("href"));
            }
        }
        return doc;
    }

    private static Optional<byte[]> written(Document doc, String what) {
        try {
            TransformerFactory f = TransformerFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            f.newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return Optional.of(out.toByteArray());
        } catch (TransformerException e) {
            LOG.warn("The PDF leaves out {}: {}", what, e.getMessage());
            return Optional.empty();
        }
    }

    /** A namespace-aware parser that reads no DOCTYPE and fetches nothing. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler());
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser for the PDF's pictures", e);
        }
    }
}
