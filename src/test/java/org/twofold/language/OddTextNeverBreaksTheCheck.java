package org.twofold.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OddTextNeverBreaksTheCheck {
    private static StatementCheck check;

    @BeforeAll
    static void loadModels() {
        check = new StatementCheck(new Analyser(LanguageModels.loadInBackground(), Duration.ofSeconds(30)));
    }

    private static void checkIsWellFormed(String text) {
        Check c = check.check(text);
        for (Issue i : c.issues()) {
            assertTrue(0 <= i.start() && i.start() <= i.end() && i.end() <= text.length(), i + " in \"" + text + "\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"...", "I", "Staff", "To", "to to to", "so so so", "He", "Her goal", "'s", "n't", "Mr",
        "42", "Staff will", "Encourage", "Prompt him", "They to", "She's going", "Because.", "So I", "When, I",
        "\uD83D\uDE42 \uD83D\uDE42", "Je veux cuisiner parce que j'aime ça.", "I want\tto cook\nso I eat.",
        "She wants to. He will. They are. We did.", "Mr Mr Mr Mr", "to To TO so So SO"})
    void oddStatementsGetWellFormedAnswers(String text) {
        checkIsWellFormed(text);
    }

    @Test
    void randomWordSaladGetsWellFormedAnswers() {
        String[] words = {"I", "she", "they", "staff", "will", "to", "so", "because", "her", "his", "Mary", "Mr", "want",
            "wants", "attend", "feel", "better", "'s", ",", ".", "and", "encourage", "support", "be", "supported", "To",
            "when", "the", "day", "centre", "is", "n't", "goal"};
        Random random = new Random(7);
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, len = 1 + random.nextInt(20); w < len; w++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            checkIsWellFormed(text.toString());
        }
        checkIsWellFormed("a ".repeat(1000));
    }
}
