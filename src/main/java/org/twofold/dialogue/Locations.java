package org.twofold.dialogue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Line numbers of a YAML file by JSON pointer (e.g. /nodes/3/options/0), for problem reports. */
public final class Locations {
    private final Map<String, Integer> lines;

    private Locations(Map<String, Integer> lines) {
        this.lines = lines;
    }

    public static Locations index(JsonFactory yaml, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = yaml.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // A file that does not parse is reported by the loader; lines fall back to 1.
        }
        return new Locations(lines);
    }

    /** The first line at or below the pointer; 1 when unknown. */
    public int line(String pointer) {
        Integer exact = lines.get(pointer);
        if (exact != null) {
            return exact;
        }
        return lines.entrySet().stream()
            .filter(e -> e.getKey().startsWith(pointer + "/"))
            .mapToInt(Map.Entry::getValue).min().orElse(1);
    }
}
