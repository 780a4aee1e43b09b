package org.twofold.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the person's own words into the form a draft sentence needs, only where that is safe:
 * "I'd love to go to the seaside again" becomes the action "go to the seaside again", "because he is
 * all I've got" the reason "because he is all I've got". Anything else (a fragment, what someone else
 * said, a gesture, "don't know", a question, a ramble) gives empty: the draft then quotes the words whole.
 * The words themselves are never changed beyond trimming, case at the start, and the joining word.
 */
public final class OwnWordsWording {
    private static final int MAX_ACTION_WORDS = 12;
    private static final int MAX_NOUN_WORDS = 6;
    private static final int MAX_TIME_WORDS = 8;
    private static final Pattern WANT = Pattern.compile(
        "^(?:i(?:'d| would) (?:really |so )?(?:like|love) to|i (?:really |just )?(?:want|need|hope|wish) to|i wanna"
            + "|i(?:'d| would) like|i (?:like|love) to|(?:to )?be able to|i want to be able to|to)\\s+",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern LIKE_DOING = Pattern.compile("^(?:i (?:really )?(?:like|love|enjoy|miss))\\s+(?=\\w+ing\\b)",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern BECAUSE = Pattern.compile(
        "^(?:(?:it'?s|that'?s|it is|that is) )?(?:because of|because|cos|coz|'cause|cause|as)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SO = Pattern.compile("^(?:so that|so)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PURPOSE = Pattern.compile("^(?:in order to|to)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_START = Pattern.compile(
        "^(?:on|in|at|after|before|by|around|about|from|during|every|each|once|twice|first thing|when|while|whenever|until|till)\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern DAYS = Pattern.compile(
        "^(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays)(?: (?:mornings?|afternoons?|evenings?|nights?))?$",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile("^\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|o'clock)?$|^(?:noon|midday|lunchtime|teatime|dinnertime|bedtime)$",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTS_OF_DAY = Pattern.compile("^(?:mornings|afternoons|evenings)$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> REPORTING = Set.of("says", "said", "say", "thinks", "thought", "told", "tells",
        "reckons", "reckon", "according", "asked", "asks", "wants", "wanted", "believes", "feels", "felt", "suggested");
    private static final Set<String> GESTURES = Set.of("point", "points", "pointed", "pointing", "nod", "nods", "nodded",
        "nodding", "smile", "smiles", "smiled", "smiling", "shook", "shakes", "tapped", "taps", "gestured", "gestures",
        "looked", "looks", "signed", "signs", "vocalised", "vocalises", "laughed", "laughs", "cried", "cries", "reached",
        "reaches", "grabbed", "pushed", "pulled", "frowned", "frowns", "sighed", "waved", "waves", "turned", "hand",
        "head", "eyes");
    private static final Set<String> NOT_AN_ANSWER = Set.of("dunno", "don't know", "do not know", "not sure", "no idea",
        "nothing", "none", "n/a", "no", "yes", "maybe", "later", "ask me later", "can't say", "not bothered", "whatever");
    private static final Pattern NO_REASON = Pattern.compile(
        "^(?:dunno|dont know|don't know|do not know|not sure|no idea|idk|ask me later|can'?t say|not bothered)\\b");
    /** Verbs that make an action on their own ("swim", "cook"); any other single word is quoted, not guessed at. */
    private static final Set<String> COMMON_VERBS = Set.of("swim", "cook", "walk", "read", "write", "paint", "draw",
        "sing", "dance", "garden", "shop", "bake", "knit", "sew", "run", "cycle", "fish", "pray", "travel", "work",
        "volunteer", "drive", "shave", "wash", "shower", "bathe", "dress", "iron", "clean", "tidy", "learn", "study");
    /** Words that say the phrase is about a person: kin, friends, workers, or a name. */
    private static final Set<String> PERSON_WORDS = Set.of("mum", "mother", "dad", "father", "sister", "brother", "son",
        "daughter", "wife", "husband", "partner", "nan", "nana", "gran", "granny", "grandma", "grandad", "grandpa",
        "grandson", "granddaughter", "grandchildren", "grandkids", "aunt", "auntie", "uncle", "cousin", "niece", "nephew",
        "family", "friend", "friends", "mate", "mates", "neighbour", "neighbours", "worker", "carer", "carers", "staff",
        "nurse", "doctor", "gp", "imam", "priest", "vicar", "rabbi", "pastor", "minister", "advocate",
        "boyfriend", "girlfriend", "kids", "children", "people", "someone", "lady", "man", "woman", "team", "group", "kid");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "my", "a", "an", "our", "some", "any", "this",
        "that", "his", "her", "their", "big", "little", "new", "old");
    private static final Set<String> OTHER_VOICES = Set.of("you", "your", "yours", "yourself", "he", "she", "they", "him",
        "her", "them", "his", "their", "we", "us", "our");

    private final Analyser analyser;
    private final StatementCheck check;

    public OwnWordsWording(Analyser analyser, StatementCheck check) {
        this.analyser = analyser;
        this.check = check;
    }

    /** Something I do, starting with a verb: fits "I want to ...". */
    public Optional<String> action(String words) {
        return clean(words).flatMap(w -> {
            String rest = WANT.matcher(w).replaceFirst("");
            Matcher liking = LIKE_DOING.matcher(rest);
            if (liking.find()) {
                rest = plainVerbFirst(rest.substring(liking.end()));
            } else if (rest.matches("(?i)^\\w+ing\\b.*")) {
                rest = plainVerbFirst(rest);
            }
            if (rest.matches("(?i)^\\w+ing\\b.*") || rest.contains(" - ")) {
                return Optional.empty();
            }
            String first = rest.split("[\\s,]+")[0];
            boolean name = Character.isUpperCase(first.charAt(0)) && first.length() > 1 && Character.isLowerCase(first.charAt(1))
                && properNoun(rest);
            boolean notAVerb = Malformed.PREPOSITIONS.contains(first.toLowerCase(Locale.ROOT)) || name
                || rest.toLowerCase(Locale.ROOT).startsWith("have to");
            if (rest.isBlank() || notAVerb || count(rest) == 1 && !COMMON_VERBS.contains(rest.toLowerCase(Locale.ROOT))
                || count(rest) > MAX_ACTION_WORDS || hasReasonInside(rest) || startsWithSubject(rest)
                || mentions(rest, Set.of("you", "your", "yourself"))) {
                return Optional.empty();
            }
            String phrase = lowerFirst(rest);
            return startsWithPlainVerb(phrase) && fits("I want to " + phrase + ".") ? Optional.of(phrase) : Optional.empty();
        });
    }

    /** Why, with its joining word: "because he is all I've got", "so I can see him". */
    public Optional<String> reason(String words) {
        return clean(words).flatMap(w -> {
            if (count(w) > EasyRead.MAX_WORDS_PER_SENTENCE || mentions(w, Set.of("you", "your", "yourself"))) {
                return Optional.empty();
            }
            Matcher because = BECAUSE.matcher(w);
            Matcher so = SO.matcher(w);
            Matcher purpose = PURPOSE.matcher(w);
            String reason;
            if (because.find()) {
                reason = clause(w.substring(because.end())).map(c -> "because " + c).orElse(null);
            } else if (so.find()) {
                reason = clause(w.substring(so.end())).map(c -> "so " + c).orElse(null);
            } else if (purpose.find()) {
                String rest = lowerFirst(w.substring(purpose.end()));
                reason = startsWithPlainVerb(rest) ? "so I can " + rest : null;
            } else if (count(w) > 1 && startsWithPlainVerb(lowerFirst(w))) {
                reason = "so I can " + lowerFirst(w);
            } else {
                reason = clause(w).map(c -> "because " + c).orElse(null);
            }
            return Optional.ofNullable(reason).filter(r -> fits("I want to do this " + r + "."));
        });
    }

    /**
     * Whether words that cannot be worded as a reason still read as one, quoted whole after "because":
     * a short answer ("happy", "my mum", "not lonely"), not a question, a gesture, a report of what
     * someone else said, "don't know" or a ramble, which are quoted apart from the sentence instead.
     */
    public boolean readsAsAReason(String words) {
        if (words == null) {
            return false;
        }
        String w = words.replace('\u2019', '\'').replaceAll("\\s+", " ").strip().replaceAll("[.!,;:]+$", "").strip();
        String lower = w.toLowerCase(Locale.ROOT);
        return w.matches("(?s).*\\p{L}.*") && !w.contains("?") && !w.contains("(") && !w.matches("(?s).*[\"\u201C\u201D].*")
            && count(w) <= EasyRead.MAX_WORDS_PER_SENTENCE && w.split("[.!;]\\s").length == 1
            && !NOT_AN_ANSWER.contains(lower) && !NO_REASON.matcher(lower).find()
            && !mentions(w, REPORTING) && !mentions(w, GESTURES);
    }

    /** Whether words open with their own joining word ("because ...", "cos ...", "so ...", "to ..."), so a quote of them needs none. */
    public boolean joinsItself(String words) {
        String w = words == null ? "" : words.replace('\u2019', '\'').strip();
        return BECAUSE.matcher(w).find() || SO.matcher(w).find() || PURPOSE.matcher(w).find();
    }

    /** When: "on Fridays", "after breakfast", "at 9.30am"; fits after an action. */
    public Optional<String> time(String words) {
        return clean(words).flatMap(w -> {
            if (count(w) > MAX_TIME_WORDS || mentions(w, OTHER_VOICES) && !w.toLowerCase(Locale.ROOT).startsWith("when")) {
                return Optional.empty();
            }
            String time = lowerFirst(w);
            if (count(time) < 2 && time.matches("(?i)^(when|whenever|while|until|till|before|after|whatever)$")) {
                return Optional.empty();
            }
            if (DAYS.matcher(time).matches()) {
                time = "on " + capitaliseDays(time);
            } else if (PARTS_OF_DAY.matcher(time).matches()) {
                time = "in the " + time;
            } else if (time.equalsIgnoreCase("weekends")) {
                time = "at weekends";
            } else if (CLOCK.matcher(time).matches()) {
                time = "at " + time;
            } else if (!TIME_START.matcher(time).find()) {
                return Optional.empty();
            }
            boolean clause = time.matches("(?i)^(when|while|whenever|until|till|before|after)\\b.*") && hasVerb(time);
            if (hasVerb(time) && !clause) {
                return Optional.empty();
            }
            String checked = time;
            return fits("I go out " + checked + ".") ? Optional.of(checked) : Optional.empty();
        });
    }

    /** Someone: a short phrase with no verb that names a person, "my son Dave", "Auntie Grace"; not "the big Tesco". */
    public Optional<String> person(String words) {
        return noun(words).filter(phrase -> {
            List<String> parts = List.of(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}']+"));
            boolean names = java.util.Arrays.stream(phrase.split("\\s+")).allMatch(x -> !x.isEmpty() && Character.isUpperCase(x.charAt(0)));
            return names || parts.stream().anyMatch(PERSON_WORDS::contains);
        });
    }

    /** Someone, somewhere or something: a short phrase with no verb, "my son Dave", "the big Tesco". */
    public Optional<String> noun(String words) {
        return clean(words).flatMap(w -> {
            String phrase = w.replaceFirst("(?i)^(?:to|at|in|with|from|by)\\s+", "");
            if (phrase.isBlank() || count(phrase) > MAX_NOUN_WORDS || hasFiniteVerb("I think about " + phrase + ".")
                || mentions(phrase, Set.of("you", "your", "i", "not", "no", "nobody", "never", "nothing", "nowt"))) {
                return Optional.empty();
            }
            String first = phrase.split(" ")[0].toLowerCase(Locale.ROOT);
            String noun = FUNCTION_WORDS.contains(first) || first.endsWith("ing") ? lowerFirst(phrase) : phrase;
            return fits("I think about " + noun + ".") ? Optional.of(noun) : Optional.empty();
        });
    }

    /** A whole sentence in my voice: "I like a cup of tea first." */
    public Optional<String> sentence(String words) {
        return clean(words).flatMap(w -> {
            String sentence = Character.toUpperCase(w.charAt(0)) + w.substring(1) + ".";
            boolean mine = sentence.startsWith("I ") && hasVerb(sentence);
            boolean asking = sentence.matches("(?i)^(don't|do not|please|never|always|let|give|ask|tell|show|help|wait|knock|speak|talk|remind)\\b.*")
                && count(w) > 1;
            if (!mine && !asking || count(w) > EasyRead.MAX_WORDS_PER_SENTENCE || mentions(w, OTHER_VOICES)) {
                return Optional.empty();
            }
            return fits(sentence) ? Optional.of(sentence) : Optional.empty();
        });
    }

    /** Trimmed, without emoji or closing marks; empty for what is no answer to word (a question, a gesture, a report). */
    private Optional<String> clean(String words) {
        if (words == null) {
            return Optional.empty();
        }
        String w = words.replaceAll("[^\\p{L}\\p{N}\\p{P}\\p{Zs}£$]", " ").replace('\u2019', '\'')
            .replaceAll("\\s+", " ").strip().replaceAll("[.!,;:]+$", "").strip();
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.isEmpty() || w.contains("?") || w.contains("\"") || w.contains("(") || !w.matches(".*\\p{L}.*")
            || NOT_AN_ANSWER.contains(lower) || lower.startsWith("dunno") || lower.startsWith("don't know")
            || lower.startsWith("not sure") || w.equals(w.toUpperCase(Locale.ROOT)) && count(w) > 1
            || w.split("[.!;]\\s").length > 1 || mentions(w, REPORTING) || mentions(w, GESTURES)) {
            return Optional.empty();
        }
        return Optional.of(w);
    }

    /** "he is all I've got", "God is with me": a subject and its verb. */
    private Optional<String> clause(String text) {
        String c = text.strip().replaceFirst("(?i)^(?:then|now|well)\\s+", "");
        List<Token> tokens = tokens(c);
        if (tokens.isEmpty() || !hasVerb(tokens)) {
            return Optional.empty();
        }
        Token first = tokens.get(0);
        boolean subject = first.tagged("PRON", "PROPN", "NOUN", "DET") || first.text().equals("I");
        return subject ? Optional.of(first.text().equals("I") || first.tagged("PROPN") ? c : lowerFirst(c)) : Optional.empty();
    }

    private boolean startsWithPlainVerb(String phrase) {
        List<Token> carrier = tokens("I want to " + phrase + ".");
        int i = 3;
        while (i < carrier.size() && carrier.get(i).is("not", "never", "really", "just", "also")) {
            i++;
        }
        boolean verb = i < carrier.size() && carrier.get(i).tagged("VERB", "AUX") && carrier.get(i).lower().equals(carrier.get(i).lemma());
        return verb && verbIn("They often " + phrase + ".", 2) && verbIn("We " + phrase + " together.", 1);
    }

    /** A second opinion: the word at this place is read as a verb in another frame too ("wet floor" is not). */
    private boolean verbIn(String carrier, int at) {
        List<Token> t = tokens(carrier);
        int i = at;
        while (i < t.size() && t.get(i).is("not", "never", "really", "just", "also")) {
            i++;
        }
        return i < t.size() && t.get(i).tagged("VERB", "AUX");
    }

    /** "shaving myself" → "shave myself": the -ing verb at the start made plain with its lemma. */
    private String plainVerbFirst(String text) {
        List<Token> tokens = tokens("I like " + text);
        if (tokens.size() < 3 || !tokens.get(2).tagged("VERB") || !tokens.get(2).lower().endsWith("ing")) {
            return text;
        }
        int cut = text.indexOf(' ');
        return tokens.get(2).lemma() + (cut < 0 ? "" : text.substring(cut));
    }

    private boolean fits(String sentence) {
        return check.malformed(sentence).isEmpty();
    }

    private boolean hasVerb(String text) {
        return hasVerb(tokens(text));
    }

    private static boolean hasVerb(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.tagged("VERB", "AUX"));
    }

    private boolean startsWithSubject(String text) {
        List<Token> t = tokens(text);
        return !t.isEmpty() && t.get(0).tagged("PRON") && t.size() > 1 && t.get(1).isVerb();
    }

    /** A verb other than an -ing word, past the first three words of a carrier sentence. */
    /** Whether a phrase opens with a name: "Sue and Pete" (read in a frame where a name fits). */
    private boolean properNoun(String text) {
        List<Token> t = tokens("I think about " + text + ".");
        return t.size() > 3 && t.get(3).tagged("PROPN");
    }

    private boolean hasFiniteVerb(String carrier) {
        List<Token> t = tokens(carrier);
        return t.stream().skip(3).anyMatch(x -> x.tagged("VERB", "AUX") && !x.lower().endsWith("ing"));
    }

    private List<Token> tokens(String text) {
        return analyser.analyse(text).sentences().stream().flatMap(s -> s.tokens().stream()).toList();
    }

    private static boolean hasReasonInside(String text) {
        return text.matches("(?i).*\\b(because|cos|coz|so that|so i|so as)\\b.*");
    }

    private static boolean mentions(String text, Set<String> words) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}'/]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text) {
        return EasyRead.words(text);
    }

    private static String lowerFirst(String s) {
        if (s.startsWith("I ") || s.startsWith("I'") || s.length() < 2 || Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitaliseDays(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
