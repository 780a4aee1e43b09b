package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** The snapshot of a finished mat: well-formed, each card under its place in the order given, and safe to serve. */
class AFinishedMatIsDrawnAsASafePicture {
    private final MatPicture pictures = new MatPicture(MatFixture::symbol, MatFixture::picture);

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> all(Document d, String tag) {
        NodeList nodes = d.getElementsByTagNameNS("*", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static List<Element> texts(Document d, String kind) {
        return all(d, "text").stream().filter(t -> t.getAttribute("class").equals(kind)).toList();
    }

    private static Element labelOf(Document d, String label) {
        List<Element> found = texts(d, "card-label").stream().filter(t -> t.getTextContent().equals(label)).toList();
        assertEquals(1, found.size(), "one text for " + label);
        return found.get(0);
    }

    private static int x(Element text) {
        return Integer.parseInt(text.getAttribute("x"));
    }

    private static int y(Element text) {
        return Integer.parseInt(text.getAttribute("y"));
    }

    @Test
    void itIsAnSvgDocumentWithOneTextACardAndAPoint() throws Exception {
        Document d = parse(pictures.svg(MatFixture.mat(false)));
        Element svg = d.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("img", svg.getAttribute("role"));
        assertTrue(svg.getAttribute("viewBox").startsWith("0 0 "));
        assertFalse(svg.getAttribute("width").isEmpty());
        assertFalse(svg.getAttribute("height").isEmpty());
        assertEquals("sans-serif", svg.getAttribute("font-family"));
        assertEquals(MatFixture.BOARD.cards().size(), texts(d, "card-label").size());
        for (Card c : MatFixture.BOARD.cards()) {
            labelOf(d, c.label());
        }
        assertEquals(List.of("Going well", "Sometimes", "Not going well"),
            texts(d, "point").stream().map(Element::getTextContent).toList());
        assertEquals(List.of("My day"), texts(d, "topic").stream().map(Element::getTextContent).toList());
        for (Element t : all(d, "text")) {
            assertTrue(Integer.parseInt(t.getAttribute("font-size")) >= 16, "text at least 16 px");
        }
        String title = all(d, "title").get(0).getTextContent();
        String desc = all(d, "desc").get(0).getTextContent();
        assertTrue(title.contains("My day"), title);
        assertTrue(desc.contains("Going well: Going out, Getting up."), desc);
        assertTrue(desc.contains("Between Going well and Sometimes: My health."), desc);
        assertTrue(desc.contains("Not placed: My garden."), desc);
        assertTrue(desc.contains("Comment on Money: Worried about bills & <rent>"), desc);
    }

    @Test
    void eachCardIsUnderItsPlaceInTheOrderGiven() throws Exception {
        Document d = parse(pictures.svg(MatFixture.mat(false)));
        List<Element> points = texts(d, "point");
        int left = x(points.get(0));
        int middle = x(points.get(1));
        int right = x(points.get(2));
        int half = x(labelOf(d, "My health"));
        int oneAndHalf = x(labelOf(d, "Food and drink"));
        assertTrue(left < half && half < middle && middle < oneAndHalf && oneAndHalf < right,
            "0 < 0.5 < 1 < 1.5 < 2: " + List.of(left, half, middle, oneAndHalf, right));
        assertEquals(left, x(labelOf(d, "Going out")));
        assertEquals(left, x(labelOf(d, "Getting up")));
        assertEquals(middle, x(labelOf(d, MatFixture.HOSTILE)));
        assertEquals(right, x(labelOf(d, "Money")));
        assertTrue(y(labelOf(d, "Going out")) < y(labelOf(d, "Getting up")), "placed first, shown first, not in the board's order");
        assertTrue(y(labelOf(d, "Going out")) > y(points.get(0)), "cards are under the scale");
        Element notPlaced = texts(d, "heading").stream().filter(t -> t.getTextContent().equals("Not placed")).findFirst().orElseThrow();
        assertTrue(y(labelOf(d, "My garden")) > y(notPlaced), "the card not placed is in the row at the bottom");
        assertTrue(y(notPlaced) > y(labelOf(d, "Getting up")), "the row of cards not placed is under the longest column");
    }

    @Test
    void hostileWordsAreEscapedAndNothingRefersOutside() throws Exception {
        Board board = new Board("b", new Topic("<script>alert(1)</script> & \"Tom\"", "x\" onload=\"alert(1)", null, null),
            "going-well", List.of(
                new Card("a\"><script>", "<img src=x onerror=alert(1)>", "../../etc/passwd", null, null, null, null),
                new Card("b", "Null \u0000 and \uD800 bits", "happy", null, null, null, "evil"),
                MatFixture.card("c", MatFixture.HOSTILE, "sad"),
                MatFixture.card("d", "A]]><x/>", "sad")));
        FinishedMat mat = new FinishedMat(board, MatFixture.SCALE, List.of(new Placement("c", 0), new Placement("a\"><script>", 2)),
            Map.of("c", List.of("</desc><script>alert(1)</script>")), true, null);
        MatPicture hostile = new MatPicture(MatFixture::symbol,
            id -> Optional.of(new MatPicture.Image("<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8), "text/html")));
        String svg = hostile.svg(mat);
        Document d = parse(svg);
        assertEquals(MatFixture.HOSTILE, labelOf(d, MatFixture.HOSTILE).getTextContent());
        labelOf(d, "<img src=x onerror=alert(1)>");
        labelOf(d, "A]]><x/>");
        assertEquals("<script>alert(1)</script> & \"Tom\"", texts(d, "topic").get(0).getTextContent());
        assertFalse(svg.toLowerCase().contains("<script"), "no script element");
        assertTrue(all(d, "script").isEmpty() && all(d, "foreignObject").isEmpty() && all(d, "style").isEmpty());
        NodeList every = d.getElementsByTagName("*");
        for (int i = 0; i < every.getLength(); i++) {
            NamedNodeMap attributes = every.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                String name = attributes.item(j).getLocalName().toLowerCase();
                String value = attributes.item(j).getNodeValue();
                assertFalse(name.startsWith("on"), "no event attribute: " + name);
                if (name.equals("href")) {
                    assertTrue(value.startsWith("data:image/"), "only data: addresses: " + value);
                }
                assertFalse(value.contains("url("), "no outside address");
            }
        }
        assertEquals(0, all(d, "image").stream().filter(i -> !i.getAttribute("href").startsWith("data:image/svg+xml;base64,")).count(),
            "a picture of a type that may not be inlined is a plain box");
    }

    @Test
    void aMissingSymbolOrPictureIsAPlainBoxWithTheWords() throws Exception {
        MatPicture none = new MatPicture(id -> Optional.empty(), id -> { throw new IllegalStateException("no store"); });
        Document d = parse(none.svg(MatFixture.mat(false)));
        assertTrue(all(d, "image").isEmpty());
        labelOf(d, "Money");
        labelOf(d, "My garden");
        Element money = all(d, "g").stream().filter(g -> g.getAttribute("data-card").equals("money")).findFirst().orElseThrow();
        assertEquals(1, money.getElementsByTagNameNS("*", "rect").getLength(), "a plain box where the picture would be");

        Document some = parse(pictures.svg(MatFixture.mat(false)));
        Element withSymbol = all(some, "g").stream().filter(g -> g.getAttribute("data-card").equals("going-out")).findFirst().orElseThrow();
        Element image = (Element) withSymbol.getElementsByTagNameNS("*", "image").item(0);
        assertTrue(image.getAttribute("href").startsWith("data:image/svg+xml;base64,"));
        assertEquals("96", image.getAttribute("width"));
        Element photo = all(some, "g").stream().filter(g -> g.getAttribute("data-card").equals("photo")).findFirst().orElseThrow();
        assertTrue(((Element) photo.getElementsByTagNameNS("*", "image").item(0)).getAttribute("href").startsWith("data:image/png;base64,"));
    }

    @Test
    void aPracticeMatSaysSo() throws Exception {
        Document practice = parse(pictures.svg(MatFixture.mat(true)));
        assertEquals(List.of("Practice board"), texts(practice, "practice").stream().map(Element::getTextContent).toList());
        assertTrue(all(practice, "title").get(0).getTextContent().contains("practice"));
        assertTrue(all(practice, "desc").get(0).getTextContent().startsWith("A practice board about My day"));
        Document real = parse(pictures.svg(MatFixture.mat(false)));
        assertTrue(texts(real, "practice").isEmpty());
        assertFalse(all(real, "title").get(0).getTextContent().contains("practice"));
    }
}
