package org.twofold.language;

import java.util.List;
import java.util.Set;

/**
 * What ties a wish to something one can see: an action ("cook", "walk"), a counted thing ("two
 * activities", "one simple meal"), or a situation in which the person can say how it went ("when
 * plans change", "each week", "in the morning"). A feeling tied to a situation is not vague; a broad
 * wish such as "be more independent" still needs an action or a counted thing beside it.
 */
final class Anchors {
    private Anchors() {}

    /** Units of time that a frequency counts: "each week", "twice a day". */
    private static final Set<String> TIME_UNITS = Set.of("day", "week", "fortnight", "month", "year", "morning", "afternoon",
        "evening", "night", "weekend", "time", "visit");

    /** The parts of a day's routine: "at bedtime", "after breakfast", "in the morning". */
    private static final Set<String> ROUTINE_TIMES = Set.of("morning", "afternoon", "evening", "night", "bedtime",
        "bed", "breakfast", "lunch", "lunchtime", "tea", "teatime", "dinner", "supper", "mealtime", "meal", "weekend");

    private static final Set<String> TIME_WORDS = Set.of("in", "at", "before", "after", "during", "on", "every", "each",
        "by", "through");

    private static final Set<String> STATE_VERBS = Set.of("feel", "be", "am", "is", "are", "get", "become", "seem",
        "look", "stay", "remain", "keep");

    /** "in the future", "in the long run": nowhere one could go. */
    private static final Set<String> NOT_PLACES = Set.of("future", "past", "long", "run", "end", "world", "general",
        "moment", "meantime", "way", "day", "term", "time");

    private static final Set<String> GETTING = Set.of("to", "into", "out", "up", "down", "home", "back", "on", "off",
        "around", "round", "dressed", "washed", "changed");

    private static final Set<String> HOW_OFTEN = Set.of("daily", "weekly", "fortnightly", "monthly", "nightly",
        "once", "twice");

    /**
     * A verb that names something done ("cook", "walk"), not a wish or a state ("want", "be", "feel",
     * "feel connected", "be less stressed"); going somewhere ("get to the shops"); or keeping hold of a
     * thing ("keep my home").
     */
    static boolean action(List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (t.tagged("VERB") && !t.in(Lexicon.LIGHT) && !state(words, i) || kept(words, i) || goes(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** "feel connected", "be less stressed", "get more organised": a participle that says how one is. */
    private static boolean state(List<Token> words, int i) {
        if (!words.get(i).lower().matches(".*(ed|en)$")) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && words.get(k).is("more", "less", "very", "so", "really", "a", "bit", "lot", "quite", "too")) {
            k--;
        }
        return k >= 0 && words.get(k).in(STATE_VERBS);
    }

    /** "get to the mosque", "get up", "get dressed": going somewhere or doing something, not "get fitter". */
    private static boolean goes(List<Token> words, int i) {
        return words.get(i).lemma().equals("get") && i + 1 < words.size() && words.get(i + 1).in(GETTING);
    }

    /** "keep my home", "keep the flat": holding on to a thing, not to a quality ("keep my independence"). */
    private static boolean kept(List<Token> words, int i) {
        if (!words.get(i).is("keep") || i + 2 >= words.size() || !words.get(i + 1).is("my", "the", "his", "her", "their")) {
            return false;
        }
        Token thing = words.get(i + 2);
        return thing.tagged("NOUN") && !thing.in(Lexicon.VAGUE);
    }

    /** "two meaningful activities", "one simple meal": a number of things, not of days or weeks. */
    static boolean countedThing(List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).tagged("NUM")) {
                continue;
            }
            for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
                Token w = words.get(k);
                if (w.tagged("NOUN")) {
                    if (!w.in(TIME_UNITS) && !w.in(Lexicon.VAGUE) && !w.in(Lexicon.DAYS)) {
                        return true;
                    }
                    break;
                }
                if (!w.tagged("ADJ")) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * A situation the goal is about: a circumstance ("when plans change", "if I get lost", "when
     * staff change", which the tagger may read as two nouns), a place ("on the bus", "in my
     * kitchen"), how often ("each week", "twice a day", "weekly") or a part of the day's routine ("in
     * the morning", "at bedtime", "on Sundays").
     */
    static boolean situation(List<Token> goal) {
        for (int i = 0; i < goal.size(); i++) {
            Token t = goal.get(i);
            if (t.in(Lexicon.CIRCUMSTANCE) && clauseAfter(goal, i).stream().anyMatch(w -> w.tagged("VERB", "NOUN", "PRON", "PROPN"))) {
                return true;
            }
            if (t.in(HOW_OFTEN) || t.in(TIME_WORDS) && timeFollows(goal, i) || perUnit(goal, i) || place(goal, i)) {
                return true;
            }
        }
        return false;
    }

    /** "each week", "in the morning", "at bedtime", "on Sundays": a time within two words. */
    private static boolean timeFollows(List<Token> goal, int i) {
        for (int k = i + 1; k < Math.min(goal.size(), i + 3); k++) {
            Token w = goal.get(k);
            if (w.in(ROUTINE_TIMES) || w.in(Lexicon.DAYS) || goal.get(i).is("every", "each") && w.in(TIME_UNITS)) {
                return true;
            }
            if (!w.tagged("DET", "ADJ", "PRON")) {
                return false;
            }
        }
        return false;
    }

    /** "on the bus", "in my kitchen", "at the shops": a place named, not a state ("in control"). */
    private static boolean place(List<Token> goal, int i) {
        if (!goal.get(i).is("in", "on", "at") || i + 2 >= goal.size() || !goal.get(i + 1).tagged("DET", "PRON")) {
            return false;
        }
        for (int k = i + 2; k < Math.min(goal.size(), i + 4); k++) {
            Token w = goal.get(k);
            if (w.tagged("NOUN")) {
                return !w.in(Lexicon.VAGUE) && !w.in(NOT_PLACES);
            }
            if (!w.tagged("ADJ")) {
                return false;
            }
        }
        return false;
    }

    /** "three times a week", "per day". */
    private static boolean perUnit(List<Token> goal, int i) {
        Token t = goal.get(i);
        boolean counted = t.is("per") || t.is("a") && i > 0 && goal.get(i - 1).tagged("NUM", "NOUN");
        return counted && i + 1 < goal.size() && goal.get(i + 1).in(TIME_UNITS);
    }

    /** The words of a circumstance, up to a comma or the end. */
    private static List<Token> clauseAfter(List<Token> goal, int i) {
        int end = i + 1;
        while (end < goal.size() && !goal.get(end).is(",")) {
            end++;
        }
        return goal.subList(i + 1, end);
    }
}
