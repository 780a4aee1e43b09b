package org.twofold.web;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What screens say for what the server keeps as codes: dates as people write them ("27 November
 * 2026", with "2:05pm" where the time matters, in UK time), and each code in plain words. Templates
 * use these filters, and draft text uses the same day, so every screen says them the same way.
 */
public final class PlainWords extends AbstractExtension {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm", Locale.UK);

    private static final Map<String, String> STATUS = Map.of(
        "active", "In progress", "paused", "Stopped for now", "finished", "Finished",
        "draft", "Draft", "agreed", "Agreed with the person", "approved", "Approved", "superseded", "Replaced by a newer version");
    private static final Map<String, String> HOW = Map.of(
        "direct", "On their own", "supported", "With support", "interpreted", "Interpreted by the supporter");
    private static final Map<String, String> LENS = Map.of(
        "experience", "Experience", "behaviour", "Behaviour", "stability", "Stability");
    private static final Map<String, String> EVIDENCE = Map.of(
        "observation", "Staff observation", "self-report", "What they say", "proxy", "What people close to them say",
        "incident-data", "Incident records", "health-data", "Health records", "quality-checks", "Quality checks");
    private static final Map<String, String> PART = Map.ofEntries(
        Map.entry("statement", "the outcome"), Map.entry("whyItMatters", "why it matters"),
        Map.entry("supportingGoal", "the supporting goal"), Map.entry("earlyChange", "the early change"),
        Map.entry("personDoes", "what I do"),
        Map.entry("supportDoes", "what staff do differently"), Map.entry("baseline", "the baseline"),
        Map.entry("milestones", "step"), Map.entry("indicators", "indicator"), Map.entry("reviewQuestions", "review question"),
        Map.entry("escalation", "when to act, point"), Map.entry("do", "guidance for staff, do, point"),
        Map.entry("dont", "guidance for staff, don't, point"));

    /** A day as people write it: "27 November 2026". */
    public static String day(LocalDate day) {
        return day.format(DAY);
    }

    /** A moment as people write it, in UK time: "27 November 2026, 2:05pm". */
    public static String dayAndTime(Instant at) {
        ZonedDateTime uk = at.atZone(UK);
        return day(uk.toLocalDate()) + ", " + uk.format(CLOCK) + (uk.getHour() < 12 ? "am" : "pm");
    }

    /**
     * Which part of a draft a path such as "milestones.2.personDoes" or "reviewQuestions.1" names,
     * in words: "Step 2, what I do", "Review question 1".
     */
    public static String draftPart(String path) {
        StringBuilder out = new StringBuilder();
        for (String piece : path.split("\\.")) {
            if (List.of("outcome", "guidance", "text", "description").contains(piece)) {
                continue;
            }
            String words = piece.chars().allMatch(Character::isDigit) ? piece : PART.getOrDefault(piece, spaced(piece));
            out.append(out.isEmpty() || piece.chars().allMatch(Character::isDigit) ? " " : ", ").append(words);
        }
        String text = out.toString().strip();
        return text.isEmpty() ? path : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String spaced(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
            "day", filter(value -> when(value, PlainWords::day, at -> day(LocalDate.ofInstant(at, UK)))),
            "dayAndTime", filter(value -> when(value, PlainWords::day, PlainWords::dayAndTime)),
            "status", filter(code -> STATUS.getOrDefault(code, code)),
            "howGiven", filter(code -> HOW.getOrDefault(code, code)),
            "lens", filter(code -> LENS.getOrDefault(code, code)),
            "evidence", filter(code -> EVIDENCE.getOrDefault(code, code)),
            "draftPart", filter(PlainWords::draftPart));
    }

    /** A day ("2026-11-27") or a moment ("2026-11-27T14:05:00.000Z") kept as text, in words; other text as it is. */
    private static String when(String text, Function<LocalDate, String> aDay, Function<Instant, String> aMoment) {
        try {
            return text.length() == 10 ? aDay.apply(LocalDate.parse(text)) : aMoment.apply(Instant.parse(text));
        } catch (DateTimeException e) {
            return text;
        }
    }

    /** A filter of one text: null stays empty; enums and dates are read by their text form. */
    private static Filter filter(Function<String, String> words) {
        return new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                int lineNumber) {
                return input == null ? null : words.apply(text(input));
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        };
    }

    private static String text(Object input) {
        if (input instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return String.valueOf(input);
    }
}
