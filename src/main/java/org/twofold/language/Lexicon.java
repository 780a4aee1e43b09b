package org.twofold.language;

import java.util.Set;

/**
 * The few word lists the statement check needs. They name roles and kinds of words, not whole
 * statements: the rules combine them with the tagger's parts of speech and the lemmatiser's lemmas.
 */
final class Lexicon {
    private Lexicon() {}

    /** Heads of noun phrases that name staff or the service. */
    static final Set<String> STAFF = Set.of("staff", "carer", "worker", "keyworker", "team", "service", "nurse",
        "manager", "management", "gp", "doctor", "dr", "agency", "provider", "pa", "assistant", "therapist", "physio",
        "physiotherapist", "ot", "coordinator", "co-ordinator", "psychologist", "psychiatrist", "practitioner",
        "professional", "home", "we", "us", "our");

    /** Nouns for the person themselves, written about from outside. */
    static final Set<String> PERSON = Set.of("person", "user", "client", "resident", "individual", "patient", "tenant",
        "customer", "gentleman", "lady", "man", "woman");

    /** Family and friends: another voice, neither staff nor the person. */
    static final Set<String> KIN = Set.of("mum", "mother", "dad", "father", "sister", "brother", "son", "daughter",
        "wife", "husband", "partner", "gran", "granny", "nan", "nana", "grandma", "grandmother", "grandad", "grandpa",
        "grandfather", "grandson", "granddaughter", "grandchild", "aunt", "auntie", "uncle", "cousin", "niece",
        "nephew", "family", "friend", "neighbour", "boyfriend", "girlfriend", "parent", "child");

    static final Set<String> TITLES = Set.of("mr", "mrs", "miss", "ms", "mx");

    /** Nouns that say whose aim it is: "Her goal is to ...". */
    static final Set<String> AIMS = Set.of("goal", "wish", "aim", "outcome", "hope", "dream", "plan", "ambition");

    static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");
    static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself");

    /** What staff do to or for a person: the verbs of a care task rather than of a goal. */
    static final Set<String> STAFF_ACTIONS = Set.of("support", "encourage", "prompt", "remind", "assist", "help",
        "ensure", "monitor", "offer", "provide", "give", "observe", "record", "check", "enable", "facilitate",
        "arrange", "supervise", "administer", "reassure", "assess", "review", "document", "ask", "allow", "accompany",
        "escort", "promote", "make", "take", "set", "find", "dress");

    /** Verbs of a clinical note with no one named ("Maintain skin integrity", "Reduce falls"). */
    static final Set<String> CARE_TASKS = Set.of("monitor", "ensure", "promote", "administer", "observe",
        "supervise", "assess", "document", "maintain", "reduce", "prevent", "manage", "minimise", "minimize",
        "maximise", "maximize", "optimise", "optimize", "facilitate", "sustain", "mitigate");

    /** Taking part in or receiving a service. */
    static final Set<String> PARTICIPATION = Set.of("attend", "receive", "engage", "comply", "participate", "access");

    /** "be supported to", "be encouraged to": the person as the object of support. */
    static final Set<String> SUPPORTED = Set.of("support", "encourage", "prompt", "assist", "enable", "help", "remind",
        "take", "involve");

    /** What one receives: "need support", "would like help". */
    static final Set<String> HELP = Set.of("help", "support", "care", "assistance", "input", "visit", "supervision",
        "prompting", "encouragement");

    static final Set<String> HELP_TAKERS = Set.of("want", "like", "need", "get", "have", "receive", "require", "accept");

    /** Services one goes to, rather than places or activities. */
    static final Set<String> SERVICES = Set.of("session", "appointment", "clinic", "therapy", "physio",
        "physiotherapy", "review", "meeting", "programme");

    /** Wishes that cannot be seen: the goal needs an observable sign beside them. */
    static final Set<String> VAGUE = Set.of("wellbeing", "well-being", "independence", "independent", "happy",
        "happier", "happiness", "better", "quality", "life", "confident", "confidence", "healthy", "healthier",
        "health", "well", "potential", "fulfilling", "fulfilled", "meaningful", "positive", "skill", "skills",
        "settled", "included", "inclusion", "anxious", "safe", "safer", "wellness", "esteem", "empowered",
        "progress", "stable");

    /** Verbs that carry a wish or a state, not something one can see done. */
    static final Set<String> LIGHT = Set.of("want", "like", "love", "wish", "hope", "would", "need", "be", "feel",
        "become", "seem", "look", "get", "have", "keep", "stay", "remain", "improve", "maintain", "increase",
        "develop", "enhance", "promote", "achieve", "reach", "gain", "build", "live", "lead", "learn", "support",
        "help", "encourage", "enable", "ensure", "continue", "start", "try", "aim", "do", "think", "grow", "boost");

    /** Words that open a circumstance ("when I go out"), which is not the goal itself. */
    static final Set<String> CIRCUMSTANCE = Set.of("when", "if", "while", "whenever", "until", "unless");

    /** Nouns followed by "to" as their complement ("help to cook"), not a purpose. */
    static final Set<String> TAKES_TO = Set.of("help", "support", "time", "chance", "way", "ability", "confidence",
        "money", "opportunity", "courage", "skill", "need", "wish", "goal", "plan", "aim", "decision", "choice",
        "right", "freedom", "space", "energy", "strength", "volunteer", "someone", "somebody", "one");

    /** Verbs the tagger takes for nouns after a "to" of purpose ("go for a walk to relax"). */
    static final Set<String> PURPOSE_VERBS = Set.of("relax", "unwind", "rest", "socialise", "socialize", "exercise",
        "chat", "calm", "cope", "enjoy", "meet", "see", "keep", "stay", "feel", "get", "make", "have", "be", "earn",
        "buy", "shop", "eat", "swim", "play", "watch", "learn", "find", "hear", "spend", "save", "talk", "sing", "dance",
        "cook", "read", "pray", "walk");

    /** Words ending in -er that are not comparatives. */
    static final Set<String> NOT_COMPARATIVE = Set.of("clever", "proper", "sober", "tender", "bitter", "eager",
        "other", "over", "under", "former", "inner", "outer", "upper", "silver", "slender", "super", "later");

    static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "weekend", "weekends");
}
