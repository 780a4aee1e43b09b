package org.twofold.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.twofold.symbols.Symbol;
import org.twofold.symbols.SymbolCatalogue;

/**
 * Pictures for what a person said in their own words ("something else"), so they can confirm it:
 * the lemmas of the text matched against each symbol's label and keywords (themselves lemmatised),
 * with a small list of everyday synonyms. The answer buttons and rating faces are never suggested.
 */
public final class SymbolSuggestions {
    public record Suggestion(String id, String label, double score) {}

    private static final int MAX = 8;
    private static final double LABEL = 3;
    private static final double KEYWORD = 2;
    private static final double PHRASE = 4;
    private static final double SYNONYM = 0.75;
    private static final Set<String> CONTENT = Set.of("NOUN", "VERB", "ADJ", "PROPN", "ADV", "NUM");
    private static final Set<String> STOP = Set.of("want", "like", "would", "go", "get", "have", "be", "do", "need",
        "try", "able", "more", "really", "very", "just", "also", "again", "thing", "lot", "so", "too", "then");

    private final SymbolCatalogue catalogue;
    private final Analyser analyser;
    private volatile Index index;

    /** Each symbol's terms by lemma, and its phrases ("brush teeth", "cup of tea"). */
    private record Index(Map<String, Map<String, Double>> terms, Map<String, List<String>> phrases, List<Symbol> order) {}

    public SymbolSuggestions(SymbolCatalogue catalogue, Analyser analyser) {
        this.catalogue = catalogue;
        this.analyser = analyser;
    }

    public List<Suggestion> suggest(String text) {
        Index ix = index();
        List<Token> words = new ArrayList<>();
        analyser.analyse(text).sentences().forEach(s -> words.addAll(s.tokens()));
        String lemmas = " " + String.join(" ", words.stream().map(Token::lemma).toList()) + " ";
        Map<String, Double> scores = new HashMap<>();
        for (Token t : words) {
            if (!t.tagged(CONTENT.toArray(String[]::new)) || t.in(STOP)) {
                continue;
            }
            Map<String, Double> best = new HashMap<>();
            addTerm(ix, t.lemma(), 1, best);
            addTerm(ix, t.lower(), 1, best);
            Synonyms.of(t.lemma()).forEach(s -> addTerm(ix, s, SYNONYM, best));
            best.forEach((id, w) -> scores.merge(id, w, Double::sum));
        }
        ix.phrases().forEach((id, phrases) -> phrases.stream().filter(p -> lemmas.contains(" " + p + " "))
            .forEach(p -> scores.merge(id, PHRASE, Double::sum)));
        List<Suggestion> out = new ArrayList<>();
        for (Symbol s : ix.order()) {
            Double score = scores.get(s.id());
            if (score != null) {
                out.add(new Suggestion(s.id(), s.label(), Math.round(score * 100) / 100.0));
            }
        }
        out.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        return List.copyOf(out.subList(0, Math.min(MAX, out.size())));
    }

    private static void addTerm(Index ix, String term, double factor, Map<String, Double> best) {
        ix.terms().getOrDefault(term, Map.of()).forEach((id, w) -> best.merge(id, w * factor, Math::max));
    }

    /** Built on first use, when the models are there to lemmatise the catalogue's words. */
    private Index index() {
        Index ix = index;
        if (ix == null) {
            synchronized (this) {
                if (index == null) {
                    index = build();
                }
                ix = index;
            }
        }
        return ix;
    }

    private Index build() {
        Map<String, Map<String, Double>> terms = new HashMap<>();
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        List<Symbol> order = new ArrayList<>();
        for (Symbol s : catalogue.all()) {
            List<String> keywords = s.keywords() == null ? List.of() : s.keywords();
            if ("answers".equals(s.category()) || keywords.contains("rating")) {
                continue;
            }
            order.add(s);
            addWords(s.id(), s.label(), LABEL, terms, phrases);
            keywords.forEach(k -> addWords(s.id(), k, KEYWORD, terms, phrases));
        }
        return new Index(terms, phrases, order);
    }

    private void addWords(String id, String words, double weight, Map<String, Map<String, Double>> terms,
                          Map<String, List<String>> phrases) {
        List<Token> tokens = new ArrayList<>();
        analyser.analyse(words.toLowerCase(Locale.ROOT)).sentences().forEach(s -> tokens.addAll(s.tokens()));
        List<Token> content = tokens.stream().filter(t -> !t.isPunctuation() && !t.tagged("DET", "ADP", "PRON", "PART", "CCONJ")).toList();
        for (Token t : content) {
            for (String form : new HashSet<>(List.of(t.lemma(), t.lower()))) {
                terms.computeIfAbsent(form, k -> new HashMap<>()).merge(id, weight, Math::max);
            }
        }
        if (tokens.size() > 1) {
            phrases.computeIfAbsent(id, k -> new ArrayList<>()).add(String.join(" ", tokens.stream().map(Token::lemma).toList()));
        }
    }
}
