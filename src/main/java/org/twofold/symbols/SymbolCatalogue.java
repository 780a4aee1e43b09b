package org.twofold.symbols;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The symbol library: symbol-library/catalogue.yaml and one SVG a symbol in symbol-library/symbols/.
 */
public final class SymbolCatalogue {
    private final Path directory;
    private final Map<String, Symbol> byId;

    private SymbolCatalogue(Path directory, Map<String, Symbol> byId) {
        this.directory = directory;
        this.byId = byId;
    }

    public static SymbolCatalogue load(Path directory, ObjectMapper yaml) {
        Path catalogue = directory.resolve("catalogue.yaml");
        try {
            List<Symbol> symbols = yaml.readValue(catalogue.toFile(), new TypeReference<List<Symbol>>() {});
            Map<String, Symbol> byId = new LinkedHashMap<>();
            for (Symbol s : symbols) {
                if (byId.put(s.id(), s) != null) {
                    throw new IllegalStateException("Symbol '" + s.id() + "' is listed twice in " + catalogue);
                }
            }
            return new SymbolCatalogue(directory, byId);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the symbol catalogue " + catalogue + ": " + e.getMessage(), e);
        }
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }

    public Optional<Symbol> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Symbol> all() {
        return byId.values();
    }

    public Path fileOf(String id) {
        return directory.resolve("symbols").resolve(id + ".svg");
    }

    public Path directory() {
        return directory;
    }

    /** The SVG of a known symbol. */
    public Optional<byte[]> svg(String id) {
        if (!has(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(fileOf(id)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
