package org.twofold.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.twofold.conversation.ReadBack;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.Dialogues;
import org.twofold.draft.Draft;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.Provenance;
import org.twofold.language.EasyRead;
import org.twofold.web.PlainWords;

/**
 * The easy-read copy of a draft for the person to keep: in their voice ("I want to ..."), one idea a line,
 * each with its picture on the left: the symbols of their answers as the tablet read them back, and the
 * picture of their finished mat if the goal came from one. Laid out by templates/export/easy-read-pdf.peb.
 */
final class EasyReadPdf {
    static final String TEMPLATE = "export/easy-read-pdf.peb";

    /** One idea: its picture (a data: address, or null when there is none), what the picture shows, and its sentences, one a line. */
    record Line(String picture, String alt, List<String> sentences) {}

    /** A heading, its ideas, and a wide picture below them (a data: address, or null). */
    record Section(String heading, List<Line> lines, String picture) {}

    /** Where a long sentence may be broken: after a comma, or before "and", "so" or "but". */
    private static final Pattern PAUSE = Pattern.compile(",\\s+| (?=(?:and|so|but) )");

    private final PdfPictures pictures;
    private final Dialogues dialogues;

    EasyReadPdf(PdfPictures pictures, Dialogues dialogues) {
        this.pictures = pictures;
        this.dialogues = dialogues;
    }

    /** What a dialogue is about, in words, or null when it is no longer known. */
    String topic(String dialogueId) {
        return dialogueId == null ? null : dialogues.find(dialogueId).map(Dialogue::title).orElse(null);
    }

    /** What the template lays out: the title and the sections in order. */
    Map<String, Object> model(ExportedDraft e) {
        Draft d = e.draft();
        Draft.Outcome o = d.outcome();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("About this plan", List.of(
            line("me", "My name is " + e.preferredName() + ".", "This is my plan."),
            status(e.status())), null));
        List<Line> goal = new ArrayList<>(List.of(line("goal", o.statement())));
        if (o.supportingGoal() != null && !o.supportingGoal().isBlank()) {
            goal.add(line("goal", o.supportingGoal()));
        }
        sections.add(new Section("My goal", goal, null));
        add(sections, "Why it matters to me", line("important", o.whyItMatters()));
        add(sections, "The first change", line("calendar", o.earlyChange()),
            line("calendar", "We will look for this change by " + PlainWords.day(e.earlyChangeBy()) + "."));
        add(sections, "My steps", steps(d).toArray(Line[]::new));
        add(sections, "What I said", said(d).toArray(Line[]::new));
        if (d.mat() != null) {
            Line chosen = line("choose", "I chose " + quoted(d.mat().cardLabel()) + " on my picture board.");
            sections.add(new Section("My picture board", List.of(chosen), pictures.mat(d.mat()).orElse(null)));
        }
        add(sections, "Checking how it goes",
            line("clock", "We will check how it is going every " + weeks(o.checkEveryWeeks()) + "."),
            line("calendar", "We will look at my plan again by " + PlainWords.day(e.reviewBy()) + "."));
        return Map.of("title", "My plan", "sections", sections);
    }

    /** The draft's status in easy words; a status this copy does not know yet is not guessed at. */
    private Line status(String status) {
        return switch (status) {
            case "draft" -> line("write", "This is a draft.", "We will check it with you.");
            case "agreed" -> line("together", "I agreed this plan with staff.", "Staff will check it next.");
            case "approved" -> line("check", "I agreed this plan.", "Staff have approved it.", "Staff will follow this plan.");
            case "superseded" -> line("change", "This is an old plan.", "A newer plan has taken its place.");
            default -> line("question", "Staff will talk with me about this plan.");
        };
    }

    /** Each step of the ladder: what I do, then what staff do to help. */
    private List<Line> steps(Draft d) {
        List<Line> lines = new ArrayList<>();
        for (Draft.Milestone m : Lists.of(d.milestones())) {
            String mine = m.personDoes() != null && !m.personDoes().isBlank() ? m.personDoes() : m.description();
            lines.add(line("stairs", mine));
            if (m.supportDoes() != null && !m.supportDoes().isBlank()) {
                lines.add(line("support-worker", m.supportDoes()));
            }
        }
        return lines;
    }

    /** The person's answers as the tablet read them back: their picture and their words, own words verbatim. */
    private List<Line> said(Draft d) {
        List<Provenance> answers = Lists.of(d.provenance());
        List<ReadBack.Idea> ideas = dialogues.find(d.dialogue())
            .map(dialogue -> ReadBack.ideas(dialogue, answers, text -> null))
            .orElseGet(() -> answers.stream().map(p -> new ReadBack.Idea(p.symbol(),
                p.ownWords() != null ? p.ownWords() : p.answer(), null)).toList());
        return ideas.stream().filter(i -> i.text() != null && !i.text().isBlank())
            .map(i -> new Line(pictures.symbol(i.symbol()).orElse(null), pictures.label(i.symbol()), List.of(i.text().strip()))).toList();
    }

    private Line line(String symbol, String... texts) {
        List<String> sentences = Arrays.stream(texts).filter(t -> t != null && !t.isBlank())
            .flatMap(t -> sentences(t).stream()).toList();
        return new Line(pictures.symbol(symbol).orElse(null), pictures.label(symbol), sentences);
    }

    /**
     * A text of the draft one sentence a line. A sentence over the easy-read limit (the draft checks only the
     * outcome's) is broken in two where it pauses: at the comma, or else the "and", "so" or "but", nearest its middle.
     */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : EasyRead.sentences(text.replaceAll("\\s+", " "))) {
            out.addAll(shortened(s));
        }
        return out;
    }

    private static List<String> shortened(String sentence) {
        if (DraftComposer.easyRead(sentence)) {
            return List.of(sentence);
        }
        Matcher pause = PAUSE.matcher(sentence);
        int middle = sentence.length() / 2;
        int best = -1;
        int bestEnd = -1;
        boolean comma = false;
        while (pause.find()) {
            if (quoting(sentence, pause.start())) {
                continue;
            }
            boolean isComma = pause.group().startsWith(",");
            boolean better = best < 0 || isComma && !comma
                || isComma == comma && Math.abs(pause.start() - middle) < Math.abs(best - middle);
            if (better) {
                best = pause.start();
                bestEnd = isComma ? pause.end() : pause.start() + 1;
                comma = isComma;
            }
        }
        if (best <= 0) {
            return List.of(sentence);
        }
        String first = sentence.substring(0, best).strip().replaceAll("[,;:]$", "") + ".";
        String rest = sentence.substring(bestEnd).strip();
        if (rest.isEmpty()) {
            return List.of(sentence);
        }
        List<String> out = new ArrayList<>(shortened(first));
        out.addAll(shortened(Character.toUpperCase(rest.charAt(0)) + rest.substring(1)));
        return out;
    }

    /** Whether a place in a text is inside the person's quoted words, which are never broken. */
    private static boolean quoting(String text, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            open += c == '\u201C' ? 1 : c == '\u201D' ? -1 : 0;
        }
        return open > 0;
    }

    private static void add(List<Section> sections, String heading, Line... lines) {
        List<Line> shown = Arrays.stream(lines).filter(l -> !l.sentences().isEmpty()).toList();
        if (!shown.isEmpty()) {
            sections.add(new Section(heading, shown, null));
        }
    }

    private static String weeks(int n) {
        return n <= 1 ? "week" : n + " weeks";
    }

    private static String quoted(String s) {
        return "\u201c" + Optional.ofNullable(s).orElse("") + "\u201d";
    }
}
