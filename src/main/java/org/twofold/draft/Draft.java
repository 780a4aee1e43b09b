package org.twofold.draft;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
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
    FromMat mat,
    String recordId,
    int version,
    int revision,
    String statusAt,
    Agreement agreement,
    Approval approval,
    String supersedes) {

    public Draft {
        edits = edits == null ? List.of() : List.copyOf(edits);
        needsWording = needsWording == null ? List.of() : List.copyOf(needsWording);
        openQuestions = openQuestions == null ? List.of() : List.copyOf(openQuestions);
        recordId = recordId == null ? id : recordId;
        version = Math.max(version, 1);
        statusAt = statusAt == null ? createdAt : statusAt;
    }

    /** A draft as the conversation first makes it: version 1 of its own record, not yet agreed. */
    public static Draft first(String id, String conversationId, String personId, String dialogue, String createdAt,
                              Outcome outcome, List<Milestone> milestones, List<Indicator> indicators,
                              List<String> reviewQuestions, List<Escalation> escalation, Guidance guidance,
                              CoProduction coProduction, List<String> needsWording, List<String> openQuestions,
                              List<Provenance> provenance) {
        return new Draft(id, DraftStatus.DRAFT.code(), conversationId, personId, dialogue, createdAt, outcome, milestones,
            indicators, reviewQuestions, escalation, guidance, coProduction, needsWording, openQuestions, provenance,
            List.of(), null, id, 1, 0, createdAt, null, null, null);
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
        Changes c = changes();
        c.mat = from;
        return c.draft();
    }

    /** A change staff made to the wording, kept beside what the conversation first made: the golden thread. */
    public record Edit(String field, String before, String after, String by, String at) {}

    /**
     * The person's answer when the draft was read back to them on the tablet: which revision they heard,
     * what they heard, their answer ("yes" or "not-yet"), how they gave it (direct, supported, interpreted),
     * the way they chose (touch, switch, dwell, keyboard), and who offered the read-back.
     */
    public record Agreement(int revision, List<String> readBack, String answer, String how, String way, String askedBy,
                            String at) {
        public Agreement {
            readBack = readBack == null ? List.of() : List.copyOf(readBack);
        }

        public boolean agreed() {
            return "yes".equals(answer);
        }
    }

    /** Who approved the plan, and when. */
    public record Approval(String by, String byName, String at) {}

    public DraftStatus standing() {
        return DraftStatus.fromCode(status);
    }

    /** A copy to change: the one place a draft is rebuilt. */
    public Changes changes() {
        return new Changes(this);
    }

    /** The parts of a draft that change together; each use sets what it changes and takes the new draft. */
    public static final class Changes {
        private final Draft d;
        public String id;
        public String status;
        public String statusAt;
        public Outcome outcome;
        public List<Milestone> milestones;
        public List<Indicator> indicators;
        public List<String> reviewQuestions;
        public List<Escalation> escalation;
        public Guidance guidance;
        public List<String> needsWording;
        public List<Edit> edits;
        public FromMat mat;
        public int version;
        public int revision;
        public Agreement agreement;
        public Approval approval;
        public String supersedes;
        public String createdAt;
        public String recordId;

        private Changes(Draft d) {
            this.d = d;
            id = d.id;
            status = d.status;
            statusAt = d.statusAt;
            outcome = d.outcome;
            milestones = d.milestones;
            indicators = d.indicators;
            reviewQuestions = d.reviewQuestions;
            escalation = d.escalation;
            guidance = d.guidance;
            needsWording = d.needsWording;
            edits = d.edits;
            mat = d.mat;
            version = d.version;
            revision = d.revision;
            agreement = d.agreement;
            approval = d.approval;
            supersedes = d.supersedes;
            createdAt = d.createdAt;
            recordId = d.recordId;
        }

        public Draft draft() {
            return new Draft(id, status, d.conversationId, d.personId, d.dialogue, createdAt, outcome, milestones, indicators,
                reviewQuestions, escalation, guidance, d.coProduction, needsWording, d.openQuestions, d.provenance, edits, mat,
                recordId, version, revision, statusAt, agreement, approval, supersedes);
        }
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

        /** The trigger read whole: "If I have a fall, staff check me for injury. They tell the manager the same day." */
        public static String whole(String sign, String now, String tell, String by, String then) {
            return "If " + sign + ", staff " + lowerFirst(now) + ". They tell " + tell + " " + by + "."
                + (then == null || then.isBlank() ? "" : " " + then);
        }

        /** Whether the trigger has its parts, so that a change to one part can be read whole again. */
        public boolean hasParts() {
            return sign != null && now != null && tell != null && by != null;
        }

        private static String lowerFirst(String s) {
            boolean capital = s != null && s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1));
            return capital ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
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
