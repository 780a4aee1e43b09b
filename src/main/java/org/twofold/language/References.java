package org.twofold.language;

import java.util.Optional;
import java.util.Set;

/** Words that refer to a person from outside: he, her, them, Mary, Mr Patel. */
final class References {
    private References() {}

    static final Set<String> OBJECTS = Set.of("him", "her", "them", "his", "their", "himself", "herself", "themselves",
        "themself", "hers", "theirs");

    /** A person named or pointed at: a pronoun, a title or a capitalised name. */
    static boolean isPerson(Token t) {
        return t.in(OBJECTS) || t.in(Lexicon.THIRD_PERSON) || t.in(Lexicon.TITLES) || isName(t) || t.is("me");
    }

    /**
     * Who a note in the infinitive is about: "To improve John's ...", "To attend the day centre so she
     * can ...". A pronoun in the reason counts only when the person never speaks as "I".
     */
    static Optional<Token> aboutInNote(Statement.Part part) {
        Optional<Token> about = part.goal().stream().filter(t -> t.in(OBJECTS) || isName(t) && !t.is("To")).findFirst();
        boolean firstPerson = part.sentence().tokens().stream().anyMatch(t -> t.in(Lexicon.FIRST_PERSON));
        if (about.isPresent() || firstPerson) {
            return about;
        }
        return part.clauses().reason().stream().filter(t -> t.is("he", "she", "him", "her", "his")).findFirst();
    }

    static boolean isName(Token t) {
        return t.capitalised() && !t.is("I") && t.tagged("PROPN", "NOUN", "PRON", "ADJ", "X", "ADP")
            && !t.in(Lexicon.STAFF) && !t.in(Lexicon.KIN) && !t.in(Lexicon.DAYS) && !t.in(Lexicon.FIRST_PERSON)
            && !t.in(OBJECTS) && !t.in(Lexicon.THIRD_PERSON);
    }
}
