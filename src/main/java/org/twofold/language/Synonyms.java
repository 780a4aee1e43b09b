package org.twofold.language;

import java.util.List;
import java.util.Map;

/** Everyday words people use for things the symbol catalogue names another way. */
final class Synonyms {
    private Synonyms() {}

    private static final Map<String, List<String>> WORDS = Map.ofEntries(
        family("brother"), family("sister"), family("son"), family("daughter"), family("nan"), family("gran"),
        family("granny"), family("grandma"), family("grandad"), family("auntie"), family("aunt"), family("uncle"),
        family("cousin"), family("niece"), family("nephew"),
        Map.entry("wife", List.of("partner")), Map.entry("husband", List.of("partner")),
        Map.entry("jog", List.of("exercise")), Map.entry("run", List.of("exercise")), Map.entry("bike", List.of("exercise")),
        Map.entry("cycle", List.of("exercise")), Map.entry("cycling", List.of("exercise")), Map.entry("fit", List.of("exercise")),
        Map.entry("bake", List.of("cook")), Map.entry("baking", List.of("cook")), Map.entry("cake", List.of("cook")),
        Map.entry("recipe", List.of("cook")), Map.entry("chip", List.of("meal")), Map.entry("pizza", List.of("meal")),
        Map.entry("curry", List.of("meal")), Map.entry("pasta", List.of("meal")), Map.entry("soup", List.of("meal")),
        Map.entry("restaurant", List.of("meal", "cafe")), Map.entry("pub", List.of("cafe")),
        Map.entry("inhaler", List.of("medicine")), Map.entry("insulin", List.of("medicine")),
        Map.entry("dentist", List.of("doctor")), Map.entry("optician", List.of("doctor")),
        Map.entry("eid", List.of("festival")), Map.entry("diwali", List.of("festival")), Map.entry("christmas", List.of("festival")),
        Map.entry("easter", List.of("festival")), Map.entry("hanukkah", List.of("festival")), Map.entry("vaisakhi", List.of("festival")),
        Map.entry("nap", List.of("sleep")), Map.entry("budget", List.of("money")), Map.entry("hike", List.of("walk")),
        Map.entry("allotment", List.of("gardening")), Map.entry("text", List.of("phone")), Map.entry("ipad", List.of("computer")),
        Map.entry("tesco", List.of("supermarket")), Map.entry("asda", List.of("supermarket")),
        Map.entry("aldi", List.of("supermarket")), Map.entry("lidl", List.of("supermarket")),
        Map.entry("sainsbury", List.of("supermarket")), Map.entry("morrisons", List.of("supermarket")));

    private static Map.Entry<String, List<String>> family(String word) {
        return Map.entry(word, List.of("family"));
    }

    static List<String> of(String lemma) {
        return WORDS.getOrDefault(lemma, List.of());
    }
}
