package org.twofold.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.twofold.web.Json;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TheCatalogueMatchesTheFiles {
    private static final Path LIBRARY = Path.of("symbol-library");
    private final SymbolCatalogue catalogue = SymbolCatalogue.load(LIBRARY, Json.yaml());

    @Test
    void everyEntryHasAFileAndEveryFileHasAnEntry() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(LIBRARY.resolve("symbols"))) {
            files = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> entries = catalogue.all().stream().map(s -> s.id() + ".svg").collect(Collectors.toCollection(TreeSet::new));
        assertEquals(entries, files);
        assertTrue(entries.size() >= 120, "at least 120 symbols, found " + entries.size());
    }

    @Test
    void everyEntryIsComplete() {
        for (Symbol s : catalogue.all()) {
            assertTrue(s.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), s.id());
            for (String field : new String[] {s.label(), s.alt(), s.category(), s.author(), s.licence()}) {
                assertTrue(field != null && !field.isBlank(), s.id() + " is missing a field");
            }
            assertFalse(s.keywords() == null || s.keywords().isEmpty(), s.id() + " has keywords");
        }
    }

    @Test
    void everyFileIsAnSvgWithNoWordsOrOutsideLinks() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Symbol s : catalogue.all()) {
            Path file = catalogue.fileOf(s.id());
            Document doc = factory.newDocumentBuilder().parse(file.toFile());
            Element root = doc.getDocumentElement();
            assertEquals("svg", root.getLocalName(), file.toString());
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI(), file.toString());
            assertTrue(root.hasAttribute("viewBox"), file + " has a viewBox");
            assertEquals(0, doc.getElementsByTagNameNS("*", "text").getLength(), file + " has no words baked in");
            assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), file + " has no script");
            assertEquals(0, doc.getElementsByTagNameNS("*", "image").getLength(), file + " links nothing outside");
        }
    }
}
