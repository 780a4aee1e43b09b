package org.twofold.draft;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.twofold.draft.DraftTemplate.EscalationTemplate;
import org.twofold.draft.DraftTemplate.IndicatorTemplate;
import org.twofold.draft.DraftTemplate.MilestoneTemplate;
import org.twofold.language.Analyser;
import org.twofold.language.EasyRead;
import org.twofold.language.OwnWordsWording;
import org.twofold.language.StatementCheck;
import org.twofold.store.Times;

/**
 * Turns a dialogue's recipe, the slots the person filled, and the answers' provenance into a draft.
 * Every sentence it makes is checked: one that would not be well formed is never kept with the
 * person's words spliced into it.
 */
public final class DraftComposer {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int DEFAULT_CHECK_WEEKS = 2;
    private static final int WELL_FORMED_CACHE = 50_000;
    public static final String LEFT_OPEN = "Not sure yet: left open for later";
    static final String CAPACITY = "If there is doubt that I can make this decision, check my capacity for it "
        + "and record how I was helped to decide.";

    private static final Pattern QUOTE = Pattern.compile(
        "(?:(?:My )?\\w+, in my|In my) own words: \u201C[^\u201D]*\u201D\\.?|(?:because)?, in my own words, \u201C[^\u201D]*\u201D");

    private final SlotTemplates templates;
    private final OwnWordsForms wording;
    private final StatementCheck check;
    private final Map<String, Boolean> wellFormed = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > WELL_FORMED_CACHE;
        }
    });

    public DraftComposer(SlotTemplates templates, OwnWordsForms wording, StatementCheck check) {
        this.templates = templates;
        this.wording = wording;
        this.check = check;
    }

    /** A composer with the language module's own-words wording and well-formedness check over one analyser. */
    public static DraftComposer of(SlotTemplates templates, Analyser analyser, StatementCheck check) {
        return new DraftComposer(templates, new OwnWordsForms(new OwnWordsWording(analyser, check)), check);
    }

    public record Subject(String draftId, String conversationId, String personId, String dialogueId) {}

    /**
     * Who was there, the consent the person gave at the start, and how they show pain, refusal, anxiety
     * and consent (from their page; empty when not recorded yet).
     */
    public record Meeting(List<Provenance.Present> present, boolean consentGiven, String consentHow, List<String> signs) {
        public Meeting {
            signs = signs == null ? List.of() : List.copyOf(signs);
        }
    }

    public Draft compose(Subject subject, Recipe recipe, Map<String, SlotValue> slots, List<Provenance> provenance,
                         Meeting meeting, Instant finishedAt) {
        Filled first = compose(subject, recipe, slots, provenance, meeting, finishedAt, Set.of());
        if (first.demoted().isEmpty()) {
            return first.draft();
        }
        return compose(subject, recipe, slots, provenance, meeting, finishedAt, first.demoted()).draft();
    }

    private record Filled(Draft draft, Set<String> demoted) {}

    private Filled compose(Subject subject, Recipe recipe, Map<String, SlotValue> slots, List<Provenance> provenance,
                           Meeting meeting, Instant finishedAt, Set<String> quoteAlways) {
        DraftTemplate t = recipe.template();
        LocalDate day = LocalDate.ofInstant(finishedAt, UK);
        SlotValue.Rating confidence = confidence(t, slots);
        boolean low = confidence != null && (confidence.low() || !confidence.given());
        int checkWeeks = low ? 1 : Objects.requireNonNullElse(t.checkEveryWeeks(), DEFAULT_CHECK_WEEKS);
        int earlyWeeks = low ? Math.max(2, t.earlyChangeWeeks() - 1) : t.earlyChangeWeeks();
        Filling f = filling(recipe, slots, day, checkWeeks, quoteAlways);
        String supporting = f.text("outcome.supportingGoal", t.supportingGoal());
        Draft.Outcome outcome = new Draft.Outcome(
            f.readBack("outcome.statement", t.outcome(), DraftComposer::easyRead),
            f.text("outcome.whyItMatters", t.whyItMatters()),
            ownWords(provenance),
            supporting == null || supporting.isBlank() ? null : supporting,
            f.text("outcome.earlyChange", t.earlyChange()),
            earlyWeeks,
            day.plusWeeks(earlyWeeks).toString(),
            checkWeeks,
            day.plusWeeks(t.reviewWeeks()).toString(),
            confidence == null ? null : new Draft.Confidence(confidence.score(), confidence.day().toString()));
        List<Draft.Milestone> milestones = milestones(t, f, slots);
        List<Draft.Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < t.indicators().size(); i++) {
            IndicatorTemplate ind = t.indicators().get(i);
            String at = "indicators." + (i + 1) + ".";
            indicators.add(new Draft.Indicator(ind.lens(), f.text(at + "description", ind.description()),
                f.text(at + "baseline", ind.baseline()), f.text(at + "earlyChange", ind.earlyChange()), ind.evidence(),
                ind.alsoFrom()));
        }
        List<String> questions = list(f, "reviewQuestions", t.reviewQuestions());
        List<Draft.Escalation> escalation = escalation(f, t.escalation());
        List<String> doThis = new ArrayList<>(list(f, "guidance.do", t.guidance().doThis()));
        if (recipe.capacityCheck()) {
            doThis.add(CAPACITY);
        }
        Draft.Guidance guidance = new Draft.Guidance(doThis, list(f, "guidance.dont", t.guidance().dont()), meeting.signs());
        return new Filled(Draft.first(subject.draftId(), subject.conversationId(), subject.personId(), subject.dialogueId(),
            Times.format(finishedAt), outcome, milestones, indicators, questions, escalation, guidance,
            coProduction(meeting, provenance, f), f.needsWording(), openQuestions(provenance), List.copyOf(provenance)),
            f.demoted());
    }

    /** The outcome statement alone, for reading back before the person confirms it. */
    public String outcomeStatement(Recipe recipe, Map<String, SlotValue> slots, Instant now) {
        DraftTemplate t = recipe.template();
        return filling(recipe, slots, LocalDate.ofInstant(now, UK), DEFAULT_CHECK_WEEKS)
            .readBack("outcome.statement", t.outcome(), DraftComposer::easyRead);
    }

    /** A draft text without the person's own words quoted in it: the sentences the draft made. */
    public static String withoutQuotes(String text) {
        return QUOTE.matcher(text).replaceAll("").strip();
    }

    /**
     * The person's words quoted in a text, each as a sentence of its own ("Who, in my own words: “Siobhan”."),
     * in order: what must stay with a text rebuilt from its parts.
     */
    static List<String> quotes(String text) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            String q = m.group().strip();
            if (q.startsWith(",") || q.startsWith("because")) {
                q = "In my own words: " + q.substring(q.indexOf('\u201C'));
            }
            out.add(q.endsWith(".") ? q : q + ".");
        }
        return out;
    }

    /** Easy read for the person: no sentence of ours over the limit; their own quoted words are theirs. */
    public static boolean easyRead(String text) {
        String ours = withoutQuotes(text);
        return EasyRead.sentences(ours).stream().allMatch(s -> EasyRead.words(s) <= EasyRead.MAX_WORDS_PER_SENTENCE);
    }

    /** One text of a draft template filled in, as it would be in the draft: what the dialogue validator renders. */
    public String fill(Recipe recipe, Map<String, SlotValue> slots, String template, Instant at) {
        return filling(recipe, slots, LocalDate.ofInstant(at, UK), DEFAULT_CHECK_WEEKS).text("text", template);
    }

    /** What is wrong with a sentence that is not well formed, in words for the dialogue's author. */
    public String malformation(String text) {
        return check.malformed(text).stream().map(i -> i.message() + " (at \"" + text.substring(i.start(), i.end()) + "\")")
            .findFirst().orElse("");
    }

    /** Whether a sentence is well formed, as the statement check's malformed rule sees it. */
    public boolean wellFormed(String text) {
        return wellFormed.computeIfAbsent(text, s -> check.malformed(s).isEmpty());
    }

    private Filling filling(Recipe recipe, Map<String, SlotValue> slots, LocalDate day, int checkWeeks) {
        return filling(recipe, slots, day, checkWeeks, Set.of());
    }

    private Filling filling(Recipe recipe, Map<String, SlotValue> slots, LocalDate day, int checkWeeks, Set<String> quoteAlways) {
        Map<String, Object> builtIns = Map.of("today", SlotValue.day(day),
            "checkEvery", checkWeeks == 1 ? "each week" : checkWeeks == 2 ? "every two weeks" : "every " + checkWeeks + " weeks");
        return new Filling(templates, recipe, slots, builtIns, wording, this::wellFormed, quoteAlways);
    }

    private List<Draft.Milestone> milestones(DraftTemplate t, Filling f, Map<String, SlotValue> slots) {
        List<Draft.Milestone> out = new ArrayList<>();
        for (MilestoneTemplate m : t.milestones()) {
            String at = "milestones." + (out.size() + 1) + ".";
            String personDoes = f.text(at + "personDoes", m.personDoes());
            if (personDoes == null || personDoes.isBlank()) {
                continue;
            }
            out.add(new Draft.Milestone(out.size() + 1, f.text(at + "description", m.description()), personDoes,
                f.text(at + "supportDoes", m.supportDoes()), score(m.confidence(), slots)));
        }
        return out;
    }

    private static List<Draft.Escalation> escalation(Filling f, List<EscalationTemplate> triggers) {
        List<Draft.Escalation> out = new ArrayList<>();
        for (EscalationTemplate e : triggers) {
            String at = "escalation." + (out.size() + 1) + ".";
            String sign = f.text(at + "sign", e.sign());
            if (sign == null || sign.isBlank()) {
                continue;
            }
            out.add(new Draft.Escalation(sign, f.text(at + "now", e.now()), f.text(at + "tell", e.tell()),
                f.text(at + "by", e.by()), blankToNull(f.text(at + "then", e.then())), f.text(at + "text", e.whole())));
        }
        return out;
    }

    private static List<String> list(Filling f, String field, List<String> templates) {
        List<String> out = new ArrayList<>();
        for (String template : templates) {
            String text = f.text(field + "." + (out.size() + 1), template);
            if (text != null && !text.isBlank()) {
                out.add(text);
            }
        }
        return out;
    }

    private static Draft.CoProduction coProduction(Meeting meeting, List<Provenance> provenance, Filling f) {
        int direct = count(provenance, "direct");
        int supported = count(provenance, "supported");
        int interpreted = count(provenance, "interpreted");
        List<String> flags = new ArrayList<>();
        if (interpreted > 0) {
            flags.add(interpreted + (interpreted == 1 ? " answer" : " answers") + " behind this goal "
                + (interpreted == 1 ? "was" : "were") + " interpreted by a supporter. Check the goal with me again before it is agreed.");
        }
        if (!f.needsWording().isEmpty()) {
            flags.add("Some parts quote my own words as I gave them. Word them with me before the plan is agreed.");
        }
        if (meeting.signs().isEmpty()) {
            flags.add("How I show pain, no, worry and yes is not on my page yet. Ask me and the people who know me, and add it.");
        }
        if (!meeting.consentGiven()) {
            flags.add("My consent to take part was not recorded at the start. Ask me again before going on.");
        }
        return new Draft.CoProduction(meeting.present(), meeting.consentGiven(), meeting.consentHow(), direct, supported,
            interpreted, flags);
    }

    private static int count(List<Provenance> provenance, String how) {
        return (int) provenance.stream().filter(p -> how.equals(p.how())).count();
    }

    private static List<String> ownWords(List<Provenance> provenance) {
        return provenance.stream().map(Provenance::ownWords).filter(w -> w != null && !w.isBlank()).distinct().toList();
    }

    private static List<String> openQuestions(List<Provenance> provenance) {
        return provenance.stream().filter(p -> LEFT_OPEN.equals(p.answer())).map(Provenance::prompt).toList();
    }

    private static SlotValue.Rating confidence(DraftTemplate t, Map<String, SlotValue> slots) {
        return t.confidence() != null && slots.get(t.confidence()) instanceof SlotValue.Rating r ? r : null;
    }

    private static Integer score(String slot, Map<String, SlotValue> slots) {
        return slot != null && slots.get(slot) instanceof SlotValue.Rating r ? r.score() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
