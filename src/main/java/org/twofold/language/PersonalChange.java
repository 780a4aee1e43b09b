package org.twofold.language;

import java.util.List;
import java.util.Set;
import org.twofold.language.Subject.Voice;

/**
 * Whether a reason names a change for the person, which is what keeps taking part in a service from
 * being only a process. A purpose does when it is about the person ("so I can learn to use a computer",
 * "to get fitter", "so my leg gets stronger", "so I can stay at home"); a cause does only when it
 * is the person's wish to do something ("because I want to meet people"). Neither does a need or a
 * habit ("because I forget it", "because I have always gone"), someone else's view or gain ("because
 * the doctor asked me to", "so my son can work"), more of the service, or a broad wish ("to improve
 * my wellbeing").
 */
final class PersonalChange {
    private PersonalChange() {}

    private static final Set<String> CAUSES = Set.of("because", "cos", "coz", "'cause", "as", "since");
    private static final Set<String> MARKERS = Set.of("so", "that", "in", "order", "which", "this", "mean", "means",
        "help", "helps");
    private static final Set<String> DESIRES = Set.of("want", "like", "love", "wish", "hope", "would", "'d");
    private static final Set<String> OWN = Set.of("my", "his", "her", "their");

    static boolean named(List<Token> reason, Subject goalSubject) {
        if (reason.isEmpty() || ProcessOnly.find(reason).isPresent() || Vagueness.namedWish(reason).isPresent()) {
            return false;
        }
        int i = 0;
        if (reason.get(0).in(CAUSES)) {
            return wishToDo(reason.subList(1, reason.size()));
        }
        while (i < reason.size() && reason.get(i).in(MARKERS) && !reason.get(i).is("to")) {
            i++;
        }
        if (i >= reason.size()) {
            return false;
        }
        return reason.get(i).is("to") || aboutThePerson(reason, i, goalSubject);
    }

    /** "because I want to meet people", "as I'd like to cook again". */
    private static boolean wishToDo(List<Token> cause) {
        for (int k = 0; k + 2 < cause.size(); k++) {
            if (cause.get(k).is("i") && cause.get(k + 1).in(DESIRES)) {
                List<Token> rest = cause.subList(k + 1, cause.size());
                int to = indexOfTo(rest);
                return to >= 0 && Anchors.action(rest.subList(to, rest.size()));
            }
        }
        return false;
    }

    private static int indexOfTo(List<Token> words) {
        for (int k = 0; k < Math.min(words.size(), 4); k++) {
            if (words.get(k).is("to")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "so I ...", "so she ..." (when the goal is written about her), "so my leg ...": the subject of
     * the reason is the person, or something of theirs that is not another person.
     */
    private static boolean aboutThePerson(List<Token> reason, int from, Subject goalSubject) {
        Token first = reason.get(from);
        if (first.is("i", "me") || first.is("he", "she") || goalSubject.voice() == Voice.THIRD && first.is("they")) {
            return true;
        }
        if (first.in(OWN) && from + 1 < reason.size()) {
            Token owned = reason.get(from + 1);
            return !owned.in(Lexicon.KIN) && !owned.in(Lexicon.STAFF) && !owned.in(Lexicon.PERSON);
        }
        return goalSubject.voice() == Voice.THIRD && goalSubject.tokens().stream().anyMatch(t -> t.is(first.lower()));
    }
}
