package org.twofold.draft;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.twofold.draft.Draft.Edit;
import org.twofold.draft.Draft.Escalation;
import org.twofold.draft.Draft.Indicator;
import org.twofold.draft.Draft.Milestone;
import org.twofold.draft.Draft.Outcome;
import org.twofold.web.ApiException.BadField;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.Characters;
import org.twofold.web.ApiException.Conflict;

/**
 * Staff word a draft with the person, part by part. A part is named by its path, as needsWording names
 * it ("outcome.statement", "milestones.2.supportDoes", "reviewQuestions.1", "escalation.1.tell",
 * "guidance.do.3"). Every change is kept (who, when, before, after); the person's own words are never
 * touched; a part staff have worded, or said is right as it is, leaves needsWording. A changed agreed
 * draft goes back to being a draft, to be read back again; an approved plan is never changed.
 */
public final class DraftWording {
    public static final int MAX_TEXT = 2000;
    private static final Set<String> DAYS = Set.of("outcome.earlyChangeBy", "outcome.reviewBy");

    private DraftWording() {}

    /**
     * The next revision of the draft with these parts reworded and these quoted parts kept as they are.
     * Refused whole, with nothing changed, when any part is unknown, empty or too long.
     */
    public static Draft apply(Draft draft, Map<String, String> parts, Set<String> keptAsTheyAre, String by, String at) {
        DraftStatus status = draft.standing();
        if (status == DraftStatus.APPROVED || status == DraftStatus.SUPERSEDED) {
            throw new Conflict("This plan is " + status.code() + " and is never changed. Start a new version to change it.");
        }
        if (parts.isEmpty() && keptAsTheyAre.isEmpty()) {
            throw new BadRequest("Send the parts to change, or the parts to keep as they are.");
        }
        Draft.Changes c = draft.changes();
        List<Edit> edits = new ArrayList<>(draft.edits());
        Set<String> needs = new LinkedHashSet<>(draft.needsWording());
        for (String part : keptAsTheyAre) {
            if (!needs.remove(part)) {
                throw new BadRequest("'" + part + "' is not waiting to be worded.");
            }
        }
        for (Map.Entry<String, String> e : parts.entrySet()) {
            String before = current(draft, e.getKey());
            String after = checked(e.getKey(), e.getValue());
            if (!after.equals(before)) {
                set(c, e.getKey(), after);
                edits.add(new Edit(e.getKey(), before, after, by, at));
                needs.remove(e.getKey());
            }
        }
        if (edits.size() == draft.edits().size() && keptAsTheyAre.isEmpty()) {
            return draft;
        }
        c.edits = edits;
        c.needsWording = List.copyOf(needs);
        c.revision = draft.revision() + 1;
        if (status == DraftStatus.AGREED && edits.size() > draft.edits().size()) {
            c.status = DraftStatus.DRAFT.code();
            c.statusAt = at;
        }
        return c.draft();
    }

    /** What a part says now; unknown parts are refused. */
    public static String current(Draft d, String path) {
        String[] p = path.split("\\.");
        return switch (p[0]) {
            case "outcome" -> p.length == 2 ? outcomePart(d.outcome(), p[1]) : unknown(path);
            case "milestones" -> p.length == 3 ? milestonePart(item(d.milestones(), p[1], path), p[2], path) : unknown(path);
            case "indicators" -> p.length == 3 ? indicatorPart(item(d.indicators(), p[1], path), p[2], path) : unknown(path);
            case "reviewQuestions" -> p.length == 2 ? item(d.reviewQuestions(), p[1], path) : unknown(path);
            case "escalation" -> p.length == 3 ? escalationPart(item(d.escalation(), p[1], path), p[2], path) : unknown(path);
            case "guidance" -> p.length == 3 ? item(guidanceList(d.guidance(), p[1], path), p[2], path) : unknown(path);
            default -> unknown(path);
        };
    }

    /** New words for a part, as they will be kept; refused (naming the part) when empty, too long or not a day where one is due. */
    public static String checked(String path, String text) {
        String t = Characters.text(path, text == null ? "" : text.strip());
        if (t.isEmpty() && !mayBeEmpty(path)) {
            throw new BadField(path, "'" + path + "' cannot be empty. Write what it should say.", "{label} must be filled in.");
        }
        if (t.length() > MAX_TEXT) {
            throw new BadField(path, "'" + path + "' is longer than " + MAX_TEXT + " characters.",
                "{label} must be " + MAX_TEXT + " characters or fewer.");
        }
        if (isDay(path)) {
            try {
                LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw new BadField(path, "'" + path + "' must be a day written as 2027-03-01.", "{label} must be a day, such as 1 March 2027.");
            }
        }
        return t;
    }

    /** Whether a part may be left empty: the supporting goal, and what happens after a trigger. */
    public static boolean mayBeEmpty(String path) {
        return path.equals("outcome.supportingGoal") || path.matches("escalation\\.\\d+\\.then");
    }

    /** Whether a part is a day (2027-03-01). */
    public static boolean isDay(String path) {
        return DAYS.contains(path);
    }

    private static void set(Draft.Changes c, String path, String text) {
        String[] p = path.split("\\.");
        switch (p[0]) {
            case "outcome" -> c.outcome = withOutcomePart(c.outcome, p[1], text);
            case "milestones" -> c.milestones = replaced(c.milestones, p[1], m -> withMilestonePart(m, p[2], text));
            case "indicators" -> c.indicators = replaced(c.indicators, p[1], i -> withIndicatorPart(i, p[2], text));
            case "reviewQuestions" -> c.reviewQuestions = replaced(c.reviewQuestions, p[1], q -> text);
            case "escalation" -> c.escalation = replaced(c.escalation, p[1], e -> withEscalationPart(e, p[2], text));
            default -> c.guidance = withGuidance(c.guidance, p[1], replaced(guidanceList(c.guidance, p[1], path), p[2], g -> text));
        }
    }

    private static String outcomePart(Outcome o, String part) {
        return switch (part) {
            case "statement" -> o.statement();
            case "whyItMatters" -> o.whyItMatters();
            case "supportingGoal" -> o.supportingGoal() == null ? "" : o.supportingGoal();
            case "earlyChange" -> o.earlyChange();
            case "earlyChangeBy" -> o.earlyChangeBy();
            case "reviewBy" -> o.reviewBy();
            default -> unknown("outcome." + part);
        };
    }

    private static Outcome withOutcomePart(Outcome o, String part, String t) {
        return new Outcome(part.equals("statement") ? t : o.statement(), part.equals("whyItMatters") ? t : o.whyItMatters(),
            o.ownWords(), part.equals("supportingGoal") ? (t.isEmpty() ? null : t) : o.supportingGoal(),
            part.equals("earlyChange") ? t : o.earlyChange(), o.earlyChangeWeeks(),
            part.equals("earlyChangeBy") ? t : o.earlyChangeBy(), o.checkEveryWeeks(),
            part.equals("reviewBy") ? t : o.reviewBy(), o.confidence());
    }

    private static String milestonePart(Milestone m, String part, String path) {
        return switch (part) {
            case "description" -> m.description();
            case "personDoes" -> m.personDoes();
            case "supportDoes" -> m.supportDoes();
            default -> unknown(path);
        };
    }

    private static Milestone withMilestonePart(Milestone m, String part, String t) {
        return new Milestone(m.order(), part.equals("description") ? t : m.description(),
            part.equals("personDoes") ? t : m.personDoes(), part.equals("supportDoes") ? t : m.supportDoes(), m.confidence());
    }

    private static String indicatorPart(Indicator i, String part, String path) {
        return switch (part) {
            case "description" -> i.description();
            case "baseline" -> i.baseline();
            case "earlyChange" -> i.earlyChange();
            default -> unknown(path);
        };
    }

    private static Indicator withIndicatorPart(Indicator i, String part, String t) {
        return new Indicator(i.lens(), part.equals("description") ? t : i.description(),
            part.equals("baseline") ? t : i.baseline(), part.equals("earlyChange") ? t : i.earlyChange(), i.evidence(), i.alsoFrom());
    }

    private static String escalationPart(Escalation e, String part, String path) {
        if (!e.hasParts()) {
            return part.equals("text") ? e.text() : unknown(path);
        }
        String value = switch (part) {
            case "sign" -> e.sign();
            case "now" -> e.now();
            case "tell" -> e.tell();
            case "by" -> e.by();
            case "then" -> e.then();
            default -> unknown(path);
        };
        return value == null ? "" : value;
    }

    private static Escalation withEscalationPart(Escalation e, String part, String t) {
        if (!e.hasParts()) {
            return new Escalation(null, null, null, null, null, t);
        }
        String sign = part.equals("sign") ? t : e.sign();
        String now = part.equals("now") ? t : e.now();
        String tell = part.equals("tell") ? t : e.tell();
        String by = part.equals("by") ? t : e.by();
        String then = part.equals("then") ? t : e.then();
        return new Escalation(sign, now, tell, by, then, readWhole(sign, now, tell, by, then));
    }

    /**
     * A trigger read whole from its parts as the composer reads it: the sentence from the parts without the
     * person's quoted words, and those words after it, so that a part still quoting them never breaks the sentence.
     */
    private static String readWhole(String sign, String now, String tell, String by, String then) {
        List<String> quotes = new ArrayList<>();
        for (String part : new String[] {sign, now, tell, by, then}) {
            if (part != null) {
                DraftComposer.quotes(part).stream().filter(q -> !quotes.contains(q)).forEach(quotes::add);
            }
        }
        String whole = Escalation.whole(fragment(sign), fragment(now), fragment(tell), fragment(by),
            then == null ? null : DraftComposer.withoutQuotes(then));
        return quotes.isEmpty() ? whole : whole + " " + String.join(" ", quotes);
    }

    /** A part that stands inside the trigger's sentence, without quoted words or a full stop of its own. */
    private static String fragment(String part) {
        return DraftComposer.withoutQuotes(part).replaceAll("\\.+$", "").strip();
    }

    private static List<String> guidanceList(Draft.Guidance g, String list, String path) {
        return switch (list) {
            case "do" -> g.doThis();
            case "dont" -> g.dont();
            case "signs" -> g.signs();
            default -> unknown(path);
        };
    }

    private static Draft.Guidance withGuidance(Draft.Guidance g, String list, List<String> items) {
        return new Draft.Guidance(list.equals("do") ? items : g.doThis(), list.equals("dont") ? items : g.dont(),
            list.equals("signs") ? items : g.signs());
    }

    private static <T> T item(List<T> items, String number, String path) {
        int n = number(number, path);
        if (n < 1 || n > items.size()) {
            return unknown(path);
        }
        return items.get(n - 1);
    }

    private static <T> List<T> replaced(List<T> items, String number, UnaryOperator<T> change) {
        List<T> out = new ArrayList<>(items);
        int i = Integer.parseInt(number) - 1;
        out.set(i, change.apply(out.get(i)));
        return List.copyOf(out);
    }

    private static int number(String n, String path) {
        if (!n.matches("[1-9][0-9]{0,3}")) {
            return unknown(path);
        }
        return Integer.parseInt(n);
    }

    private static <T> T unknown(String path) {
        throw new BadRequest("This draft has no part called '" + path + "'.");
    }
}
