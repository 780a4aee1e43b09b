package org.twofold.speech;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.twofold.store.Database;

/**
 * Each service's list of words and how to say them (names, places, local words), applied to a text
 * before it is spoken. Held in memory as well, so building a step never waits on the database.
 */
public final class Pronunciations {
    public record Entry(String word, String say) {}

    private record Compiled(List<Entry> entries, Pattern words, Map<String, String> sayings) {
        static Compiled of(List<Entry> entries) {
            Map<String, String> sayings = new HashMap<>();
            entries.forEach(e -> sayings.put(key(e.word()), e.say()));
            // Longest first, so "St Mary's" wins over "St"; whole words only, whatever their case.
            String alternatives = entries.stream().map(Entry::word).sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
            Pattern words = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new Compiled(List.copyOf(entries), words, sayings);
        }
    }

    private final Database db;
    private final Map<String, Compiled> byService = new ConcurrentHashMap<>();

    private Pronunciations(Database db) {
        this.db = db;
    }

    public static Pronunciations load(Database db) {
        Pronunciations p = new Pronunciations(db);
        List<String[]> rows = db.read(tx -> tx.list("SELECT service_id, word, say FROM pronunciations ORDER BY service_id, position",
            rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
        rows.stream().collect(Collectors.groupingBy(r -> r[0], Collectors.mapping(r -> new Entry(r[1], r[2]), Collectors.toList())))
            .forEach((service, entries) -> p.byService.put(service, Compiled.of(entries)));
        return p;
    }

    public List<Entry> list(String serviceId) {
        Compiled c = byService.get(serviceId);
        return c == null ? List.of() : c.entries();
    }

    /** Replaces a service's whole list; the entries have been checked (no two with the same word). */
    public void replace(String serviceId, List<Entry> entries) {
        db.write(tx -> {
            tx.update("DELETE FROM pronunciations WHERE service_id = ?", serviceId);
            for (int i = 0; i < entries.size(); i++) {
                tx.update("INSERT INTO pronunciations (service_id, word, say, position) VALUES (?, ?, ?, ?)",
                    serviceId, entries.get(i).word(), entries.get(i).say(), i);
            }
            return null;
        });
        if (entries.isEmpty()) {
            byService.remove(serviceId);
        } else {
            byService.put(serviceId, Compiled.of(entries));
        }
    }

    public String apply(String serviceId, String text) {
        Compiled c = serviceId == null ? null : byService.get(serviceId);
        if (c == null) {
            return text;
        }
        return SpokenNumbers.replace(text, c.words(), m -> c.sayings().getOrDefault(key(m.group()), m.group()));
    }

    /** The services whose lists change how some texts are said. */
    public Set<String> services() {
        return Set.copyOf(byService.keySet());
    }

    static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
