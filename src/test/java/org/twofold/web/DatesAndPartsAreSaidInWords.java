package org.twofold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dates as people write them, in UK time, and the parts of a draft by name, as the screens' templates say them. */
class DatesAndPartsAreSaidInWords {
    private final PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).extension(new PlainWords()).build();

    private String render(String template, Object value) throws IOException {
        StringWriter out = new StringWriter();
        engine.getTemplate(template).evaluate(out, Map.of("v", value));
        return out.toString();
    }

    @Test
    void aDayIsWrittenOutAndATimeIsOnTheUkClock() throws IOException {
        assertEquals("27 November 2026", render("{{ v | day }}", "2026-11-27"));
        assertEquals("5 January 2027", render("{{ v | day }}", LocalDate.of(2027, 1, 5)));
        assertEquals("27 November 2026, 2:05pm", render("{{ v | dayAndTime }}", "2026-11-27T14:05:00.000Z"));
        assertEquals("1 July 2026, 12:30am", render("{{ v | dayAndTime }}", Instant.parse("2026-06-30T23:30:00Z")),
            "summer time moves the day on");
        assertEquals("1 July 2026", render("{{ v | day }}", "2026-06-30T23:30:00.000Z"));
        assertEquals("soon", render("{{ v | day }}", "soon"), "text that is not a date is left as it is");
    }

    @Test
    void codesAreSaidInWords() throws IOException {
        assertEquals("Stopped for now", render("{{ v | status }}", "paused"));
        assertEquals("Interpreted by the supporter", render("{{ v | howGiven }}", "interpreted"));
        assertEquals("What people close to them say", render("{{ v | evidence }}", "proxy"));
    }

    @Test
    void aPartOfTheDraftIsNamedAsStaffReadIt() {
        assertEquals("The outcome", PlainWords.draftPart("statement"));
        assertEquals("Why it matters", PlainWords.draftPart("outcome.whyItMatters"));
        assertEquals("Step 2, what I do", PlainWords.draftPart("milestones.2.personDoes"));
        assertEquals("Review question 1", PlainWords.draftPart("reviewQuestions.1"));
        assertEquals("Guidance for staff, do, point 2", PlainWords.draftPart("guidance.do.2"));
        assertEquals("Indicator 3, the baseline", PlainWords.draftPart("indicators.3.baseline"));
        assertEquals("When to act, point 1", PlainWords.draftPart("escalation.1.text"));
    }
}
