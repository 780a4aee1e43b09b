package org.twofold.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The practice guidance's own model outcomes (shared/seeds) are the quality bar: none of them is
 * staff's voice, a process or a vague wish. A long sentence, or a goal that truly gives no reason,
 * may still be named.
 */
class TheGuidancesModelGoalsPass {
    private static final Set<IssueCode> NEVER = EnumSet.of(IssueCode.STAFF_VOICE, IssueCode.PROCESS, IssueCode.VAGUE,
        IssueCode.THIRD_PERSON);
    private static StatementCheck check;

    @BeforeAll
    static void loadModels() {
        check = new StatementCheck(new Analyser(LanguageModels.loadInBackground(), Duration.ofSeconds(30)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "I want to wash and dress myself so I feel confident at home again.",
        "I want to wash and dress in the morning with minimal help so I feel like myself again.",
        "I want to feel more in control when plans change so I don\u2019t feel trapped or panicked.",
        "I want to feel more in control when plans change so I don't feel trapped or panicked.",
        "I want to do two meaningful activities each week outside the home so I feel connected and confident.",
        "I want to manage my medicines safely with as little prompting as possible.",
        "I want to keep my home and feel settled here.",
        "I want to prepare one simple meal a day and keep my home comfortable so I feel in control.",
    })
    void noModelGoalIsCalledStaffVoiceProcessOrVague(String goal) {
        Set<IssueCode> found = check.check(goal).codes();
        assertTrue(found.stream().noneMatch(NEVER::contains), goal + " was given " + found);
    }
}
