package org.twofold.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real answers supporters type for "something else", by the kind of question asked (action, reason,
 * person, place, time, thing, sentence): what the validator fills own-word slots with to show that no
 * draft sentence can break, whatever the person says.
 */
public record OwnWordsCorpus(Map<String, List<String>> byKind) {
    public static final String SHIPPED = "/language/own-words.tsv";

    public List<String> of(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    public List<String> all() {
        return byKind.values().stream().flatMap(List::stream).toList();
    }

    public static OwnWordsCorpus shipped() {
        return read(SHIPPED);
    }

    /** Reads a corpus from the classpath: kind, a tab, the words; lines starting with # are comments. */
    public static OwnWordsCorpus read(String resource) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        try (InputStream in = OwnWordsCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The own-words corpus " + resource + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                byKind.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OwnWordsCorpus(byKind);
    }
}
