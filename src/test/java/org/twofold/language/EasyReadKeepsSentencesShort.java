package org.twofold.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EasyReadKeepsSentencesShort {
    @Test
    void aShortPromptHasNoProblems() {
        assertTrue(EasyRead.problems("What would you like to do yourself again?", 2).isEmpty());
    }

    @Test
    void sixteenWordsInASentenceIsTooMany() {
        String sixteen = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.";
        assertEquals(1, EasyRead.problems(sixteen, 2).size());
        assertTrue(EasyRead.problems(sixteen, 2).get(0).contains("16 words"));
    }

    @Test
    void threeSentencesIsTooManyForAPrompt() {
        assertEquals(1, EasyRead.problems("One. Two. Three?", 2).size());
        assertEquals(3, EasyRead.sentences("One. Two! Three?").size());
    }

    @Test
    void punctuationIsNotAWord() {
        assertEquals(3, EasyRead.words("Yes - that's right"));
    }

    @Test
    void hardWordsAreNamedWithAnEverydayWordInAnyForm() {
        assertEquals("make sure", EasyRead.easierWord("Ensures").orElseThrow());
        assertEquals("check", EasyRead.easierWord("monitoring").orElseThrow());
        assertTrue(EasyRead.easierWord("shopping").isEmpty());
        assertTrue(EasyRead.problems("We will facilitate your choice.", 2).get(0).contains("\"facilitate\" is hard to read: try \"help\""));
    }
}
