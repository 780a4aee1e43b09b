package org.twofold.draft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.twofold.conversation.InProcessWalks.Walked;

/**
 * What many drafts of one dialogue add up to: sentences that are not well formed, own words lost,
 * given ratings not shown in words, escalations without a time, and the share of sentence positions
 * that read the same on every walk.
 */
public final class DraftFigures {
    private final String dialogue;
    private final DraftComposer composer;
    private final Map<String, Set<String>> positions = new LinkedHashMap<>();
    private final List<String> malformed = new ArrayList<>();
    private final List<String> lostWords = new ArrayList<>();
    private final List<String> unshownRatings = new ArrayList<>();
    private final List<String> untimed = new ArrayList<>();
    private final Set<String> outcomes = new HashSet<>();
    private int walks;
    private int quoted;

    public DraftFigures(String dialogue, DraftComposer composer) {
        this.dialogue = dialogue;
        this.composer = composer;
    }

    public void add(Walked walked) {
        walks++;
        Draft d = walked.draft();
        Map<String, String> texts = texts(d);
        texts.forEach((position, text) -> {
            positions.computeIfAbsent(position, k -> new HashSet<>()).add(text);
            if (!composer.wellFormed(text)) {
                malformed.add(text + "  [" + composer.malformation(text) + "]");
            }
        });
        outcomes.add(d.outcome().statement());
        if (!d.needsWording().isEmpty()) {
            quoted++;
        }
        for (String words : walked.ownWords()) {
            boolean kept = d.outcome().ownWords().contains(words)
                && d.provenance().stream().anyMatch(p -> words.equals(p.ownWords()));
            if (!kept) {
                lostWords.add(words);
            }
        }
        String all = String.join(" ", texts.values());
        for (int score : walked.ratings()) {
            if (!all.contains(score + " out of 5")) {
                unshownRatings.add(score + " in " + d.outcome().statement());
            }
        }
        for (Draft.Escalation e : d.escalation()) {
            if (e.by() == null || e.by().isBlank() || !e.text().contains(e.by()) || e.now() == null || e.tell() == null) {
                untimed.add(e.text());
            }
        }
    }

    /** Every sentence of a draft by its position, e.g. "milestones.2.supportDoes". */
    public static Map<String, String> texts(Draft d) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "outcome.statement", d.outcome().statement());
        put(out, "outcome.whyItMatters", d.outcome().whyItMatters());
        put(out, "outcome.supportingGoal", d.outcome().supportingGoal());
        put(out, "outcome.earlyChange", d.outcome().earlyChange());
        for (Draft.Milestone m : d.milestones()) {
            put(out, "milestones." + m.order() + ".description", m.description());
            put(out, "milestones." + m.order() + ".personDoes", m.personDoes());
            put(out, "milestones." + m.order() + ".supportDoes", m.supportDoes());
        }
        for (int i = 0; i < d.indicators().size(); i++) {
            Draft.Indicator ind = d.indicators().get(i);
            put(out, "indicators." + ind.lens().code() + ".description", ind.description());
            put(out, "indicators." + ind.lens().code() + ".baseline", ind.baseline());
            put(out, "indicators." + ind.lens().code() + ".earlyChange", ind.earlyChange());
        }
        for (int i = 0; i < d.reviewQuestions().size(); i++) {
            put(out, "reviewQuestions." + (i + 1), d.reviewQuestions().get(i));
        }
        for (int i = 0; i < d.escalation().size(); i++) {
            put(out, "escalation." + (i + 1), d.escalation().get(i).text());
        }
        for (int i = 0; i < d.guidance().doThis().size(); i++) {
            put(out, "guidance.do." + (i + 1), d.guidance().doThis().get(i));
        }
        for (int i = 0; i < d.guidance().dont().size(); i++) {
            put(out, "guidance.dont." + (i + 1), d.guidance().dont().get(i));
        }
        return out;
    }

    private static void put(Map<String, String> out, String position, String text) {
        if (text != null && !text.isBlank()) {
            out.put(position, text);
        }
    }

    public int walks() {
        return walks;
    }

    public List<String> malformed() {
        return malformed;
    }

    public List<String> lostWords() {
        return lostWords;
    }

    public List<String> unshownRatings() {
        return unshownRatings;
    }

    public List<String> untimed() {
        return untimed;
    }

    public int distinctOutcomes() {
        return outcomes.size();
    }

    /** Positions that read the same on every walk, over all positions seen. */
    public double fixedShare() {
        return positions.isEmpty() ? 0 : (double) fixedPositions().size() / positions.size();
    }

    public List<String> fixedPositions() {
        return positions.entrySet().stream().filter(e -> e.getValue().size() == 1).map(Map.Entry::getKey).toList();
    }

    public String summary() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("walks", walks);
        f.put("malformed sentences", malformed.size());
        f.put("own words lost", lostWords.size());
        f.put("given ratings not shown", unshownRatings.size());
        f.put("escalations without action, owner or time", untimed.size());
        f.put("fixed positions", fixedPositions().size() + " of " + positions.size()
            + String.format(" (%.2f)", fixedShare()));
        f.put("distinct outcomes", outcomes.size());
        f.put("drafts quoting own words for staff to word", quoted);
        StringBuilder out = new StringBuilder(dialogue + ":");
        f.forEach((k, v) -> out.append("\n  ").append(k).append(": ").append(v));
        return out.toString();
    }
}
