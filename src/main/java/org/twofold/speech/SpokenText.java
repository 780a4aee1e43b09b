package org.twofold.speech;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A text made ready for a voice: typography tidied, abbreviations and symbols said in words,
 * initialisms such as "GP" spelled as letters, numbers, times and dates written out.
 * The result is what is hashed and spoken, so two ways of writing the same thing share one clip.
 */
final class SpokenText {
    private static final Map<Character, String> LETTERS = Map.ofEntries(
        Map.entry('A', "ay"), Map.entry('B', "bee"), Map.entry('C', "see"), Map.entry('D', "dee"), Map.entry('E', "ee"),
        Map.entry('F', "eff"), Map.entry('G', "gee"), Map.entry('H', "aitch"), Map.entry('I', "eye"), Map.entry('J', "jay"),
        Map.entry('K', "kay"), Map.entry('L', "ell"), Map.entry('M', "em"), Map.entry('N', "en"), Map.entry('O', "oh"),
        Map.entry('P', "pee"), Map.entry('Q', "cue"), Map.entry('R', "ar"), Map.entry('S', "ess"), Map.entry('T', "tee"),
        Map.entry('U', "you"), Map.entry('V', "vee"), Map.entry('W', "double you"), Map.entry('X', "ex"), Map.entry('Y', "why"),
        Map.entry('Z', "zed"));
    /** Said letter by letter even though a vowel would let a voice try them as words. */
    private static final Set<String> SPELLED = Set.of("ID", "UK", "OT", "ITV", "ESA", "GCSE", "ADHD", "MRI", "ECG",
        "HIV", "AIDS", "USB", "EU", "ATM", "DIY", "OAP", "ASD", "UTI", "IV", "CPA", "PA", "IOU");
    private static final Map<String, String> SAID_AS = Map.of("OK", "okay", "ASAP", "as soon as possible", "TBC", "to be confirmed");

    private static final Pattern A_AND_E = Pattern.compile("\\bA\\s?&\\s?E\\b");
    private static final Pattern FOR_EXAMPLE = Pattern.compile("\\be\\.\\s?g\\.?(?=[\\s,;:]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern THAT_IS = Pattern.compile("\\bi\\.\\s?e\\.?(?=[\\s,;:]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ET_CETERA = Pattern.compile("\\betc\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT = Pattern.compile("\\bapprox\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\s*&\\s*");
    private static final Pattern PLUS = Pattern.compile("\\s\\+\\s");
    private static final Pattern DASH = Pattern.compile("\\s[-–—]\\s|—");
    private static final Pattern TITLE = Pattern.compile("\\b(Dr|Mr|Mrs|Ms)\\b\\.?(?=\\s+\\p{Lu})");
    private static final Pattern NUMBER_SIGN = Pattern.compile("\\bNo\\.\\s?(?=\\d)");
    private static final Pattern CAPITALS = Pattern.compile("\\b(\\p{Lu}{2,})(s?)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SpokenText() {}

    static String of(String text) {
        String s = tidy(text);
        s = SpokenNumbers.replace(s, A_AND_E, m -> "ay and ee");
        s = FOR_EXAMPLE.matcher(s).replaceAll("for example");
        s = THAT_IS.matcher(s).replaceAll("that is");
        s = ET_CETERA.matcher(s).replaceAll("et cetera");
        s = ABOUT.matcher(s).replaceAll("about");
        s = AND.matcher(s).replaceAll(" and ");
        s = PLUS.matcher(s).replaceAll(" plus ");
        s = SpokenNumbers.replace(s, TITLE, SpokenText::title);
        s = NUMBER_SIGN.matcher(s).replaceAll("number ");
        s = SpokenNumbers.of(s);
        s = SpokenNumbers.replace(s, CAPITALS, SpokenText::capitals);
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static String tidy(String text) {
        String s = text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
            .replace('\u00A0', ' ').replace("\u2026", "...");
        return DASH.matcher(s).replaceAll(", ");
    }

    private static String title(MatchResult m) {
        return switch (m.group(1)) {
            case "Dr" -> "Doctor";
            case "Mr" -> "Mister";
            case "Mrs" -> "Missus";
            default -> "Miz";
        };
    }

    /** "GP" and "GPs" spelled out; "STOP" said as a word, since capitals are not a reason to spell. */
    private static String capitals(MatchResult m) {
        String word = m.group(1);
        String plural = m.group(2);
        if (SAID_AS.containsKey(word)) {
            return SAID_AS.get(word) + plural;
        }
        boolean spell = SPELLED.contains(word) || word.length() <= 5 && word.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0);
        if (!spell) {
            return word.toLowerCase(Locale.ROOT) + plural;
        }
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            out.append(out.length() == 0 ? "" : " ").append(LETTERS.getOrDefault(c, String.valueOf(c)));
        }
        return out + plural;
    }
}
