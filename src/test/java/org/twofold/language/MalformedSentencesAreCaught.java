package org.twofold.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MalformedSentencesAreCaught {
    private static StatementCheck check;

    @BeforeAll
    static void loadModels() {
        check = new StatementCheck(new Analyser(LanguageModels.loadInBackground(), Duration.ofSeconds(30)));
    }

    private static final List<String> BROKEN = List.of(
        "I want to I like shaving myself early in the morning so I my wife visits every Sunday.",
        "I want to go to the mosque on Fridays so I God is with me.",
        "Staff I miss my dog Benny.",
        "I want to contact see my grandson on his birthday so I he is all I've got.",
        "What helped you most when you tried to wash my face and hands?",
        "Staff a woman to help me, not a man.",
        "I want to cook so I I feel in control.",
        "I wants to cook a meal so I feel proud.",
        "She go to the shop on Mondays.",
        "I want to wash my face early in the morning early in the morning so I feel good.",
        "I want to go to the shop so because I like it.",
        "I want to go swimming so I.",
        "I want to the park so I feel free.");

    private static final List<String> WELL_FORMED = List.of(
        "I want to wash and dress in the morning with little help so I feel like myself again.",
        "I want to feel more in control when plans change so I don't feel trapped or panicked.",
        "I want to do two meaningful activities each week outside the home so I feel connected and confident.",
        "Staff set out my things within reach before I start.",
        "Staff only speak if I stop or ask.",
        "What helped you most when you tried to wash your face and hands?",
        "If I have a fall, staff check me for injury and call 999 if I am hurt. They tell the manager the same day.",
        "I want to go to the mosque on Fridays. In my own words: \u201Cso I God is with me\u201D.",
        "I rated my confidence 2 out of 5 on 27 November 2026.",
        "Let me go at my own pace.",
        "Help me get dressed after breakfast.",
        "I want to keep my home and feel settled here.",
        "Do not take over when I am slow.",
        "My sister Ann phones me on Sundays.",
        "I want to see my grandson on his birthday because he is all I've got.");

    @Test
    void brokenSentencesAreMalformed() {
        List<String> missed = new ArrayList<>();
        for (String s : BROKEN) {
            if (check.malformed(s).isEmpty()) {
                missed.add(s);
            }
        }
        assertTrue(missed.isEmpty(), "not caught: " + missed);
    }

    @Test
    void wellFormedSentencesPass() {
        List<String> flagged = new ArrayList<>();
        for (String s : WELL_FORMED) {
            List<Issue> issues = check.malformed(s);
            if (!issues.isEmpty()) {
                flagged.add(s + " -> " + issues);
            }
        }
        assertTrue(flagged.isEmpty(), "wrongly flagged: " + flagged);
    }

    @Test
    void theStatementCheckReportsMalformed() {
        assertTrue(check.check("I want to I like swimming so I my wife visits.").codes().contains(IssueCode.MALFORMED));
    }
}
