package org.twofold.language;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * process: the goal only takes part in or receives a service ("attend the day centre", "be supported
 * to", "need support with") and no reason names a change for the person (see {@link PersonalChange}):
 * "because I forget it" or "to improve my wellbeing" names none.
 */
final class ProcessOnly implements Rule {
    static final String MESSAGE = "Only says the person takes part in or receives a service. "
        + "Say what will change for them.";
    private static final Set<String> BE = Set.of("be", "been", "being", "is", "am", "are", "was", "were");
    private static final Set<String> FILLERS = Set.of("some", "more", "extra", "my", "his", "her", "their", "the", "a");

    @Override
    public void check(Statement statement, List<Issue> out) {
        for (Statement.Part part : statement.parts()) {
            Optional<Token[]> found = find(part.goal());
            if (found.isPresent() && !PersonalChange.named(part.clauses().reason(), part.subject())) {
                Token[] span = found.get();
                out.add(new Issue(IssueCode.PROCESS, MESSAGE, span[0].start(), span[1].end()));
            }
        }
    }

    /** The first words that take part in or receive a service, as {first, last}. */
    static Optional<Token[]> find(List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            Token next = i + 1 < words.size() ? words.get(i + 1) : null;
            if (t.in(Lexicon.PARTICIPATION)) {
                return span(t, t);
            }
            if (next != null && (t.lemma().equals("take") && next.is("part") || t.lemma().equals("join") && next.is("in"))) {
                return span(t, next);
            }
            if (next != null && t.in(BE) && next.tagged("VERB") && next.in(Lexicon.SUPPORTED) && !next.lower().equals(next.lemma())
                && !(i + 2 < words.size() && words.get(i + 2).is("as"))) {
                return span(t, next);
            }
            if (t.in(Lexicon.HELP_TAKERS) || t.lemma().equals("accept")) {
                Optional<Token> help = helpAfter(words, i);
                if (help.isPresent()) {
                    return span(t, help.get());
                }
            }
            if (t.lemma().equals("go") && next != null && next.is("to")) {
                Optional<Token> service = serviceAfter(words, i + 2);
                if (service.isPresent()) {
                    return span(t, service.get());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Token> helpAfter(List<Token> words, int verb) {
        for (int k = verb + 1; k < Math.min(words.size(), verb + 3); k++) {
            Token w = words.get(k);
            boolean staffNoun = k + 1 < words.size() && words.get(k + 1).in(Lexicon.STAFF);
            if (w.in(Lexicon.HELP) && !staffNoun) {
                return Optional.of(w);
            }
            if (!w.in(FILLERS)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** "go to (all) (my) physio sessions", "go to the day centre". */
    private static Optional<Token> serviceAfter(List<Token> words, int from) {
        for (int k = from; k < Math.min(words.size(), from + 4); k++) {
            Token w = words.get(k);
            if (w.in(Lexicon.SERVICES)) {
                return Optional.of(w);
            }
            if (w.is("day") && k + 1 < words.size() && words.get(k + 1).is("centre", "center", "service", "services")) {
                return Optional.of(words.get(k + 1));
            }
            if (w.tagged("VERB", "ADP", "PUNCT")) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Token[]> span(Token first, Token last) {
        return Optional.of(new Token[] {first, last});
    }
}
