package org.twofold.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A suggestion is a wording staff may take as it is, so it must pass the check itself (a long sentence aside). */
class EverySuggestionPassesTheCheck {
    private static StatementCheck check;

    @BeforeAll
    static void loadModels() {
        check = new StatementCheck(new Analyser(LanguageModels.loadInBackground(), Duration.ofSeconds(30)));
    }

    @Test
    void noSuggestionForALabelledStatementHasAWeaknessOtherThanLength() {
        List<LabelledStatements.Labelled> statements = new ArrayList<>(LabelledStatements.all());
        statements.addAll(LabelledStatements.holdout());
        List<String> failing = new ArrayList<>();
        int offered = 0;
        for (LabelledStatements.Labelled l : statements) {
            String suggestion = check.check(l.text()).suggestion();
            if (suggestion == null) {
                continue;
            }
            offered++;
            Set<IssueCode> codes = check.check(suggestion).codes();
            codes.remove(IssueCode.TOO_LONG);
            if (!codes.isEmpty()) {
                failing.add("  " + l.text() + " -> " + suggestion + " " + codes);
            }
        }
        assertTrue(failing.isEmpty(), "suggestions that fail the check:\n" + String.join("\n", failing));
        assertTrue(offered >= 20, "only " + offered + " suggestions were offered over the labelled statements");
    }

    @Test
    void rewordingAProcessIntoTheFirstPersonStillNamesTheProcessAndTheVagueWish() {
        Set<IssueCode> original = check.check("Priya will attend an art group to improve her wellbeing").codes();
        assertTrue(original.containsAll(Set.of(IssueCode.THIRD_PERSON, IssueCode.PROCESS, IssueCode.VAGUE)), original.toString());
        Set<IssueCode> reworded = check.check("I will attend an art group to improve my wellbeing").codes();
        assertTrue(reworded.containsAll(Set.of(IssueCode.PROCESS, IssueCode.VAGUE)), reworded.toString());
    }
}
