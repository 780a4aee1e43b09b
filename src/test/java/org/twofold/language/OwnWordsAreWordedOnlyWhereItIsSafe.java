package org.twofold.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OwnWordsAreWordedOnlyWhereItIsSafe {
    private static OwnWordsWording wording;

    @BeforeAll
    static void loadModels() {
        Analyser analyser = new Analyser(LanguageModels.loadInBackground(), Duration.ofSeconds(30));
        wording = new OwnWordsWording(analyser, new StatementCheck(analyser));
    }

    @Test
    void aWishBecomesAnActionInMyVoice() {
        assertEquals(Optional.of("go to the seaside again"), wording.action("I'd love to go to the seaside again"));
        assertEquals(Optional.of("shave myself early in the morning"), wording.action("I like shaving myself early in the morning"));
        assertEquals(Optional.of("make my own cup of tea"), wording.action("make my own cup of tea!"));
    }

    @Test
    void aReasonKeepsItsWordsAndGainsItsJoiningWord() {
        assertEquals(Optional.of("because he is all I've got"), wording.reason("because he is all I've got"));
        assertEquals(Optional.of("because God is with me"), wording.reason("God is with me"));
        assertEquals(Optional.of("so I can see my grandson"), wording.reason("to see my grandson"));
    }

    @Test
    void timesPeopleAndPlacesFitTheirFrames() {
        assertEquals(Optional.of("on Fridays"), wording.time("Fridays"));
        assertEquals(Optional.of("at 9.30am"), wording.time("9.30am"));
        assertEquals(Optional.of("my son Dave"), wording.noun("my son Dave"));
        assertEquals(Optional.of("the big Tesco"), wording.noun("to the big Tesco"));
    }

    @Test
    void whatCannotBeWordedSafelyIsLeftToBeQuoted() {
        assertEquals(Optional.empty(), wording.action("dunno"));
        assertEquals(Optional.empty(), wording.action("she pointed at the garden picture"));
        assertEquals(Optional.empty(), wording.action("can I go with Jo?"));
        assertEquals(Optional.empty(), wording.reason("mum thinks I should"));
        assertEquals(Optional.empty(), wording.reason("happy"));
        assertEquals(Optional.empty(), wording.action("I like swimming so my wife visits every Sunday and I want to look smart for her"));
        assertEquals(Optional.empty(), wording.time("not on a Monday cos that's when my group is"));
        assertEquals(Optional.empty(), wording.noun("nobody, I like being on my own"));
    }

    @Test
    void aShortReasonReadsAsOneWhenQuotedButNoAnswerDoesNot() {
        for (String reason : List.of("happy", "my mum", "not lonely", "IT'S MY LIFE", "proud \uD83D\uDE0A", "so I can see him")) {
            assertTrue(wording.readsAsAReason(reason), reason);
        }
        for (String none : List.of("not sure", "dont know, ask me later", "smiled and put her hand on her chest",
                "mum thinks I should", "why?", "I like it. It is fun.")) {
            assertFalse(wording.readsAsAReason(none), none);
        }
        assertTrue(wording.joinsItself("cos I like it"));
        assertFalse(wording.joinsItself("happy"));
    }
}
