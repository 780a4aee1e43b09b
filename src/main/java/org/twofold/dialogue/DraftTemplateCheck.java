package org.twofold.dialogue;

import static org.twofold.dialogue.DialogueValidator.blank;

import io.pebbletemplates.pebble.error.PebbleException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.twofold.draft.DraftTemplate;
import org.twofold.draft.DraftTemplate.EscalationTemplate;
import org.twofold.draft.DraftTemplate.IndicatorTemplate;
import org.twofold.draft.DraftTemplate.MilestoneTemplate;
import org.twofold.draft.Lens;
import org.twofold.draft.SlotForm;
import org.twofold.draft.SlotTemplates;

/** Checks that an end node's draft template makes a complete, well-formed draft on every path. */
final class DraftTemplateCheck {
    private final SlotTemplates templates;

    DraftTemplateCheck(SlotTemplates templates) {
        this.templates = templates;
    }

    void checkShape(Dialogue d, int i, Node n, Report report) {
        DraftTemplate t = n.draft();
        String at = "/nodes/" + i + "/draft";
        if (t == null) {
            report.node(i, n.id(), "an end node needs a draft template");
            return;
        }
        if (blank(t.outcome())) {
            report.at(at, n.id(), "draft needs an outcome");
        } else {
            if (!t.outcome().replaceAll("\\{%.*?%}", "").strip().startsWith("I ")) {
                report.at(at + "/outcome", n.id(), "outcome must be in the person's voice, starting \"I \"");
            }
            boolean reasonSlot = templates.slotsUsed(t.outcome()).stream().anyMatch(s -> d.slots().get(s) == SlotForm.REASON);
            if (!reasonSlot && !t.outcome().matches("(?s).*\\b(so|because)\\b.*")) {
                report.at(at + "/outcome", n.id(), "outcome must say why it matters: \"... so I ...\" or \"because ...\"");
            }
        }
        require(report, at + "/whyItMatters", n.id(), "whyItMatters", t.whyItMatters());
        require(report, at + "/earlyChange", n.id(), "earlyChange", t.earlyChange());
        if (t.earlyChangeWeeks() == null || t.earlyChangeWeeks() < 2 || t.earlyChangeWeeks() > 6) {
            report.at(at + "/earlyChangeWeeks", n.id(), "earlyChangeWeeks must be from 2 to 6");
        }
        if (t.reviewWeeks() == null || t.earlyChangeWeeks() != null && t.reviewWeeks() < t.earlyChangeWeeks() || t.reviewWeeks() != null && t.reviewWeeks() > 52) {
            report.at(at + "/reviewWeeks", n.id(), "reviewWeeks must be at least earlyChangeWeeks and at most 52");
        }
        checkMilestones(d, n, at, t, report);
        checkIndicators(n, at, t, report);
        List<String> questions = list(t.reviewQuestions());
        if (questions.size() < 2) {
            report.at(at + "/reviewQuestions", n.id(), "draft needs at least 2 review questions");
        }
        questions.stream().filter(q -> blank(q) || !q.contains("{%") && !q.strip().endsWith("?")).forEach(q ->
            report.at(at + "/reviewQuestions", n.id(), "review question is not a question: \"" + q + "\""));
        if (list(t.escalation()).isEmpty()) {
            report.at(at + "/escalation", n.id(), "draft needs at least 1 escalation trigger");
        }
        for (int e = 0; e < list(t.escalation()).size(); e++) {
            EscalationTemplate trigger = t.escalation().get(e);
            String where = at + "/escalation/" + e;
            require(report, where, n.id(), "escalation sign (what is seen)", trigger.sign());
            require(report, where, n.id(), "escalation now (what staff do at once)", trigger.now());
            require(report, where, n.id(), "escalation tell (who is told)", trigger.tell());
            require(report, where, n.id(), "escalation by (by when)", trigger.by());
        }
        if (t.guidance() == null || list(t.guidance().doThis()).isEmpty() || list(t.guidance().dont()).isEmpty()) {
            report.at(at + "/guidance", n.id(), "draft needs guidance with at least one 'do' and one 'dont'");
        }
    }

    private void checkMilestones(Dialogue d, Node n, String at, DraftTemplate t, Report report) {
        List<MilestoneTemplate> milestones = list(t.milestones());
        if (milestones.size() < 3) {
            report.at(at + "/milestones", n.id(), "the goal ladder needs at least 3 milestones");
        }
        Set<String> ratingSlots = new TreeSet<>();
        d.nodes().stream().filter(x -> x.kind() == NodeKind.RATING && x.slot() != null).forEach(x -> ratingSlots.add(x.slot()));
        for (int m = 0; m < milestones.size(); m++) {
            MilestoneTemplate milestone = milestones.get(m);
            String where = at + "/milestones/" + m;
            require(report, where, n.id(), "milestone description", milestone.description());
            require(report, where, n.id(), "milestone personDoes", milestone.personDoes());
            require(report, where, n.id(), "milestone supportDoes", milestone.supportDoes());
            if (milestone.confidence() != null && !ratingSlots.contains(milestone.confidence())) {
                report.at(where + "/confidence", n.id(), "confidence '" + milestone.confidence() + "' is not the slot of a rating node");
            }
        }
    }

    private void checkIndicators(Node n, String at, DraftTemplate t, Report report) {
        EnumSet<Lens> lenses = EnumSet.noneOf(Lens.class);
        List<IndicatorTemplate> indicators = list(t.indicators());
        for (int k = 0; k < indicators.size(); k++) {
            IndicatorTemplate ind = indicators.get(k);
            String where = at + "/indicators/" + k;
            if (ind.lens() == null) {
                report.at(where, n.id(), "indicator needs a lens: experience, behaviour or stability");
            } else if (!lenses.add(ind.lens())) {
                report.at(where, n.id(), "lens '" + ind.lens().code() + "' is used twice");
            }
            require(report, where, n.id(), "indicator description", ind.description());
            require(report, where, n.id(), "indicator baseline", ind.baseline());
            require(report, where, n.id(), "indicator earlyChange", ind.earlyChange());
            if (ind.evidence() == null) {
                report.at(where, n.id(), "indicator needs an evidence source");
            }
        }
        if (!lenses.contains(Lens.EXPERIENCE) || !lenses.contains(Lens.BEHAVIOUR)) {
            report.at(at + "/indicators", n.id(), "draft needs indicators for the experience and behaviour lenses");
        }
    }

    /** Every slot a template reads must be set on every path to this node. */
    void checkSlots(Dialogue d, int i, Node n, Set<String> guaranteed, Report report) {
        if (n.kind() == NodeKind.END && n.draft() != null) {
            for (String text : texts(n.draft())) {
                checkTemplate(i, n.id(), text, guaranteed, report);
            }
        }
        if (n.kind() == NodeKind.CONFIRM) {
            d.node(n.yes()).filter(e -> e.draft() != null)
                .ifPresent(end -> checkTemplate(i, n.id(), end.draft().outcome(), guaranteed, report));
        }
    }

    private void checkTemplate(int i, String nodeId, String text, Set<String> guaranteed, Report report) {
        if (text == null) {
            return;
        }
        try {
            templates.compile(text);
        } catch (PebbleException e) {
            report.node(i, nodeId, "template does not parse: " + e.getPebbleMessage() + " in \"" + text + "\"");
            return;
        }
        Set<String> missing = new TreeSet<>(templates.slotsUsed(text));
        missing.removeAll(guaranteed);
        missing.removeAll(SlotFormCheck.BUILT_INS);
        if (!missing.isEmpty()) {
            report.node(i, nodeId, "slot " + String.join(", ", missing) + " may be unset on some path to here, in \"" + text + "\"");
        }
    }

    static List<String> texts(DraftTemplate t) {
        List<String> out = new ArrayList<>();
        out.add(t.outcome());
        out.add(t.whyItMatters());
        out.add(t.earlyChange());
        out.add(t.supportingGoal());
        list(t.milestones()).forEach(m -> {
            out.add(m.description());
            out.add(m.personDoes());
            out.add(m.supportDoes());
        });
        list(t.indicators()).forEach(ind -> {
            out.add(ind.description());
            out.add(ind.baseline());
            out.add(ind.earlyChange());
        });
        out.addAll(list(t.reviewQuestions()));
        list(t.escalation()).forEach(e -> {
            out.add(e.sign());
            out.add(e.now());
            out.add(e.tell());
            out.add(e.by());
            out.add(e.then());
        });
        if (t.guidance() != null) {
            out.addAll(list(t.guidance().doThis()));
            out.addAll(list(t.guidance().dont()));
        }
        return out;
    }

    private static void require(Report report, String at, String nodeId, String what, String value) {
        if (blank(value)) {
            report.at(at, nodeId, what + " is missing");
        }
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
