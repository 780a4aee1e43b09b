package org.twofold.export;

import java.util.ArrayList;
import java.util.List;
import org.twofold.draft.Draft;
import org.twofold.draft.Provenance;

/**
 * A draft as CSV, one row per element: the outcome and why it matters, the person's own words, each step of
 * the ladder with who does what, each indicator with its lens, baseline and early change, the review and
 * its questions, escalations, guidance, open questions, co-production, the mat and every answer behind it.
 */
final class DraftCsv {
    static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    static final List<String> COLUMNS = List.of("draft_id", "status", "person_id", "element", "order", "text",
        "person_does", "staff_do", "lens", "baseline", "early_change", "due", "source");

    /** One element of the draft; what does not apply to it stays empty. */
    record Row(String element, int order, String text, String personDoes, String staffDo, String lens, String baseline,
               String earlyChange, String due, String source) {
        static Row of(String element, int order, String text) {
            return new Row(element, order, text, null, null, null, null, null, null, null);
        }

        Row from(String from) {
            return new Row(element, order, text, personDoes, staffDo, lens, baseline, earlyChange, due, from);
        }
    }

    String csv(ExportedDraft e) {
        StringBuilder out = new StringBuilder(CsvCells.BYTE_ORDER_MARK).append(CsvCells.line(COLUMNS));
        for (Row r : rows(e)) {
            out.append(CsvCells.line(List.of(e.draft().id(), e.status(), e.draft().personId(), r.element(),
                String.valueOf(r.order()), nz(r.text()), nz(r.personDoes()), nz(r.staffDo()), nz(r.lens()), nz(r.baseline()),
                nz(r.earlyChange()), nz(r.due()), nz(r.source()))));
        }
        return out.toString();
    }

    List<Row> rows(ExportedDraft e) {
        Draft d = e.draft();
        Draft.Outcome o = d.outcome();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("outcome", 1, o.statement(), null, null, null, null, o.earlyChange(), e.earlyChangeBy().toString(), "draft"));
        rows.add(Row.of("why", 1, o.whyItMatters()).from("draft"));
        numbered(rows, "own_words", o.ownWords(), "person");
        if (o.supportingGoal() != null) {
            rows.add(Row.of("supporting_goal", 1, o.supportingGoal()).from("draft"));
        }
        for (Draft.Milestone m : Lists.of(d.milestones())) {
            rows.add(new Row("milestone", m.order(), m.description(), m.personDoes(), m.supportDoes(), null, null, null, null, "draft"));
        }
        int i = 0;
        for (Draft.Indicator ind : Lists.of(d.indicators())) {
            rows.add(new Row("indicator", ++i, ind.description(), null, null, ind.lens() == null ? null : ind.lens().code(),
                ind.baseline(), ind.earlyChange(), e.earlyChangeBy().toString(), ind.evidence() == null ? null : ind.evidence().code()));
        }
        rows.add(new Row("review", 1, "Check every " + o.checkEveryWeeks() + " weeks; review by " + e.reviewBy() + ".",
            null, null, null, null, null, e.reviewBy().toString(), "draft"));
        numbered(rows, "review_question", Lists.of(d.reviewQuestions()), "draft");
        numbered(rows, "escalation", Lists.of(d.escalation()).stream().map(Draft.Escalation::text).toList(), "draft");
        if (d.guidance() != null) {
            numbered(rows, "guidance_do", Lists.of(d.guidance().doThis()), "draft");
            numbered(rows, "guidance_dont", Lists.of(d.guidance().dont()), "draft");
            numbered(rows, "guidance_sign", d.guidance().signs(), "person's record");
        }
        numbered(rows, "open_question", d.openQuestions(), "draft");
        numbered(rows, "needs_wording", d.needsWording(), "draft");
        rows.add(Row.of("co_production", 1, DraftWords.coProduction(d.coProduction())).from("conversation"));
        if (d.mat() != null) {
            rows.add(Row.of("mat", 1, DraftWords.mat(d.mat())).from("picture board " + d.mat().board()));
        }
        i = 0;
        for (Provenance p : Lists.of(d.provenance())) {
            rows.add(Row.of("provenance", ++i, DraftWords.answer(p)).from(p.how()));
        }
        int n = 0;
        for (Draft.Edit edit : d.edits()) {
            rows.add(Row.of("edit", ++n, edit.field() + ": \u201c" + DraftWords.orEmpty(edit.before()) + "\u201d \u2192 \u201c"
                + DraftWords.orEmpty(edit.after()) + "\u201d").from(edit.by() + " at " + edit.at()));
        }
        return rows;
    }

    private static void numbered(List<Row> rows, String element, List<String> texts, String source) {
        int i = 0;
        for (String t : texts) {
            rows.add(Row.of(element, ++i, t).from(source));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
