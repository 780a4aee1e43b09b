package org.twofold.export;

import static org.twofold.export.DraftWords.orEmpty;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.twofold.draft.Draft;

/**
 * The person's outcome as a FHIR Goal: proposed while a draft, accepted once approved; expressed by the
 * person; targets for early change, each indicator and the review; notes for why it matters, the person's
 * own words, how it was made and every answer behind it.
 */
final class FhirGoal {
    ObjectNode goal(ExportedDraft e, FhirIds ids) {
        Draft d = e.draft();
        Draft.Outcome o = d.outcome();
        ObjectNode patient = FhirIds.reference(ids.patient(), e.preferredName());
        ObjectNode goal = JsonNodeFactory.instance.objectNode();
        goal.put("resourceType", "Goal");
        goal.put("id", ids.goal());
        goal.set("text", narrative(e));
        goal.putArray("identifier").addObject().put("system", FhirBundle.DRAFT_SYSTEM).put("value", d.id());
        goal.put("lifecycleStatus", switch (e.status()) {
            case "approved" -> "accepted";
            case "superseded" -> "cancelled";
            default -> "proposed";
        });
        goal.putObject("description").put("text", o.statement());
        goal.set("subject", patient);
        goal.put("startDate", e.madeOn().toString());
        targets(goal.putArray("target"), e);
        goal.put("statusDate", e.madeOn().toString());
        goal.set("expressedBy", patient.deepCopy());
        notes(goal.putArray("note"), e, patient);
        return goal;
    }

    private static void targets(ArrayNode targets, ExportedDraft e) {
        Draft.Outcome o = e.draft().outcome();
        target(targets, "Early change", o.earlyChange(), e.earlyChangeBy());
        for (Draft.Indicator i : Lists.of(e.draft().indicators())) {
            String measure = (i.lens() == null ? "" : i.lens().code() + ": ") + orEmpty(i.description());
            String detail = orEmpty(i.earlyChange()) + (i.baseline() == null ? "" : " (now: " + i.baseline() + ")");
            target(targets, measure, detail, e.earlyChangeBy());
        }
        target(targets, "Review", "Review this goal with " + e.preferredName() + ".", e.reviewBy());
    }

    private static void target(ArrayNode targets, String measure, String detail, LocalDate due) {
        ObjectNode t = targets.addObject();
        t.putObject("measure").put("text", measure);
        if (detail != null && !detail.isBlank()) {
            t.put("detailString", detail);
        }
        t.put("dueDate", due.toString());
    }

    private static void notes(ArrayNode notes, ExportedDraft e, ObjectNode patient) {
        Draft d = e.draft();
        note(notes, "Why it matters: " + orEmpty(d.outcome().whyItMatters()), null);
        List<String> words = d.outcome().ownWords();
        if (!words.isEmpty()) {
            note(notes, "In " + e.preferredName() + "'s own words: \u201c" + String.join("\u201d, \u201c", words) + "\u201d", patient);
        }
        note(notes, "How this goal was made: " + DraftWords.coProduction(d.coProduction()), null);
        String mat = DraftWords.mat(d.mat());
        if (mat != null) {
            note(notes, mat, null);
        }
        List<String> answers = Lists.of(d.provenance()).stream().map(DraftWords::answer).toList();
        if (!answers.isEmpty()) {
            note(notes, "Provenance, every answer behind this goal:\n\n" + String.join("\n\n", answers), null);
        }
    }

    private static void note(ArrayNode notes, String text, ObjectNode author) {
        ObjectNode note = notes.addObject();
        if (author != null) {
            note.set("authorReference", author.deepCopy());
        }
        note.put("text", text);
    }

    private static ObjectNode narrative(ExportedDraft e) {
        Draft d = e.draft();
        return new Narrative()
            .heading("Goal (" + e.status() + ")")
            .paragraph(d.outcome().statement())
            .labelled("Why it matters", d.outcome().whyItMatters())
            .list("In their own words", d.outcome().ownWords())
            .labelled("Early change", d.outcome().earlyChange() + " By " + e.earlyChangeBy() + ".")
            .list("How we will know", Lists.of(d.indicators()).stream().map(i -> orEmpty(i.description())).toList())
            .labelled("Review by", e.reviewBy().toString())
            .labelled("How it was made", DraftWords.coProduction(d.coProduction()))
            .paragraph(DraftWords.mat(d.mat()))
            .toText();
    }
}
