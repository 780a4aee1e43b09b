package org.twofold.draft;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * What a conversation ends in: the person's outcome, the goal ladder, indicators, review and
 * escalation, guidance for staff, how it was made together, and the provenance of every answer.
 * needsWording names the parts where the person's own words are quoted whole, for staff to word with them.
 * mat names the picture board the goal came from, when it came from one.
 */
public record Draft(
    String id,
    String status,
    String conversationId,
    String personId,
    String dialogue,
    String createdAt,
    Outcome outcome,
    List<Milestone> milestones,
    List<Indicator> indicators,
    List<String> reviewQuestions,
    List<Escalation> escalation,
    Guidance guidance,
    CoProduction coProduction,
    List<String> needsWording,
    List<String> openQuestions,
    List<Provenance> provenance,
    List<Edit> edits,
    FromMat mat) {

    public Draft {
        edits = edits == null ? List.of() : List.copyOf(edits);
        needsWording = needsWording == null ? List.of() : List.copyOf(needsWording);
        openQuestions = openQuestions == null ? List.of() : List.copyOf(openQuestions);
    }

    /**
     * The finished picture board a goal came from: the conversation and step it was placed at, the
     * board and its topic, the card the person chose to work on and where they had put it, and where
     * the picture of the mat is.
     */
    public record FromMat(String conversationId, String node, String board, String topic, String card, String cardLabel,
                          String place, String snapshot) {}

    /** The same draft, recording the picture board it came from. */
    public Draft fromMat(FromMat from) {
        return new Draft(id, status, conversationId, personId, dialogue, createdAt, outcome, milestones, indicators,
            reviewQuestions, escalation, guidance, coProduction, needsWording, openQuestions, provenance, edits, from);
    }

    /** A change staff made to the wording, kept beside what the conversation first made: the golden thread. */
    public record Edit(String field, String before, String after, String by, String at) {}

    /** The same draft with its outcome statement and why-it-matters reworded, and the change recorded. */
    public Draft reworded(String statement, String why, String by, String at) {
        List<Edit> all = new ArrayList<>(edits);
        if (!statement.equals(outcome.statement())) {
            all.add(new Edit("statement", outcome.statement(), statement, by, at));
        }
        if (!why.equals(outcome.whyItMatters())) {
            all.add(new Edit("whyItMatters", outcome.whyItMatters(), why, by, at));
        }
        Outcome changed = new Outcome(statement, why, outcome.ownWords(), outcome.supportingGoal(), outcome.earlyChange(),
            outcome.earlyChangeWeeks(), outcome.earlyChangeBy(), outcome.checkEveryWeeks(), outcome.reviewBy(),
            outcome.confidence());
        return new Draft(id, status, conversationId, personId, dialogue, createdAt, changed, milestones, indicators,
            reviewQuestions, escalation, guidance, coProduction, needsWording, openQuestions, provenance, all, mat);
    }

    /**
     * The outcome in the person's words. ownWords holds every word they gave, verbatim; confidence is
     * the rating the ladder rests on, with its day.
     */
    public record Outcome(String statement, String whyItMatters, List<String> ownWords, String supportingGoal,
                          String earlyChange, int earlyChangeWeeks, String earlyChangeBy, int checkEveryWeeks,
                          String reviewBy, Confidence confidence) {
        public Outcome {
            ownWords = ownWords == null ? List.of() : List.copyOf(ownWords);
        }
    }

    /** A confidence rating as the person gave it; score is null when they were not sure. */
    public record Confidence(Integer score, String ratedOn) {}

    public record Milestone(int order, String description, String personDoes, String supportDoes, Integer confidence) {}

    public record Indicator(Lens lens, String description, String baseline, String earlyChange, Evidence evidence,
                            List<Evidence> alsoFrom) {
        public Indicator {
            alsoFrom = alsoFrom == null ? List.of() : List.copyOf(alsoFrom);
        }
    }

    /** A trigger to act: what is seen, what staff do at once, who is told, by when, and what follows; text reads it whole. */
    public record Escalation(String sign, String now, String tell, String by, String then, String text) {
        /** A trigger stored as one sentence, before triggers had parts. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Escalation of(String text) {
            return new Escalation(null, null, null, null, null, text);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        static Escalation of(@JsonProperty("sign") String sign, @JsonProperty("now") String now,
                             @JsonProperty("tell") String tell, @JsonProperty("by") String by,
                             @JsonProperty("then") String then, @JsonProperty("text") String text) {
            return new Escalation(sign, now, tell, by, then, text);
        }
    }

    /** What staff do and don't, and how the person shows pain, refusal, anxiety and consent. */
    public record Guidance(@JsonProperty("do") List<String> doThis, List<String> dont, List<String> signs) {
        public Guidance {
            signs = signs == null ? List.of() : List.copyOf(signs);
        }
    }

    /**
     * How the draft was made together: who was there, the person's consent as given at the start,
     * how many answers they gave on their own, with support or interpreted, and flags for staff.
     */
    public record CoProduction(List<Provenance.Present> present, boolean consentGiven, String consentHow, int direct,
                               int supported, int interpreted, List<String> flags) {
        public CoProduction {
            present = present == null ? List.of() : List.copyOf(present);
            flags = flags == null ? List.of() : List.copyOf(flags);
        }
    }
}
