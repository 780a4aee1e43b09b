package org.twofold.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.twofold.language.EasyRead;

/**
 * The easy-read copy says a draft's text one sentence a line; a sentence of the draft over 15 words is
 * broken where it pauses, and the person's quoted own words are never broken or changed.
 */
class EasyReadLinesAreShortAndKeepOwnWordsWhole {
    @Test
    void eachSentenceIsALine() {
        assertEquals(List.of("I reach the next step.", "On most days I wash."),
            EasyReadPdf.sentences("I reach the next step.\n  On most days I wash."));
    }

    @Test
    void aLongSentenceIsBrokenAtItsCommaAndEveryWordIsKept() {
        String long16 = "On most days I have a whole wash, and ask for help only if I need it.";
        List<String> lines = EasyReadPdf.sentences(long16);
        assertEquals(List.of("On most days I have a whole wash.", "And ask for help only if I need it."), lines);
    }

    @Test
    void withoutACommaItIsBrokenBeforeAndSoOrBut() {
        String text = "I go to the cafe on the corner with my sister every week so we can talk and laugh together.";
        List<String> lines = EasyReadPdf.sentences(text);
        assertTrue(lines.size() > 1, lines.toString());
        lines.forEach(l -> assertTrue(EasyRead.words(l) <= EasyRead.MAX_WORDS_PER_SENTENCE, l));
        assertEquals(words(text), words(String.join(" ", lines)), "every word kept, in order");
    }

    private static String words(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", "");
    }

    @Test
    void quotedOwnWordsAreNeverBroken() {
        String own = "\u201cI like the garden, and the birds, and the big tree by the wall, and the bench in the sun\u201d";
        String text = "I want to sit outside. In my own words: " + own + ".";
        List<String> lines = EasyReadPdf.sentences(text);
        assertEquals(List.of("I want to sit outside.", "In my own words: " + own + "."), lines);
    }
}
