package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersAreSaidInWords {
    @Test
    void cardinalsUseTheBritishAnd() {
        assertEquals("zero", NumberWords.cardinal(0));
        assertEquals("nineteen", NumberWords.cardinal(19));
        assertEquals("forty two", NumberWords.cardinal(42));
        assertEquals("one hundred", NumberWords.cardinal(100));
        assertEquals("one hundred and one", NumberWords.cardinal(101));
        assertEquals("one thousand and five", NumberWords.cardinal(1005));
        assertEquals("twelve million three hundred and forty five thousand six hundred and seventy eight",
            NumberWords.cardinal(12_345_678));
        assertEquals("minus three", NumberWords.cardinal(-3));
    }

    @Test
    void ordinalsChangeOnlyTheLastWord() {
        assertEquals("first", NumberWords.ordinal(1));
        assertEquals("twelfth", NumberWords.ordinal(12));
        assertEquals("twentieth", NumberWords.ordinal(20));
        assertEquals("thirty third", NumberWords.ordinal(33));
        assertEquals("one hundred and eighth", NumberWords.ordinal(108));
    }

    @Test
    void yearsAreSaidInPairs() {
        assertEquals("nineteen eighty four", NumberWords.year(1984));
        assertEquals("nineteen oh five", NumberWords.year(1905));
        assertEquals("nineteen hundred", NumberWords.year(1900));
        assertEquals("two thousand and nine", NumberWords.year(2009));
        assertEquals("twenty ten", NumberWords.year(2010));
    }

    @Test
    void longNumbersAreSaidDigitByDigit() {
        assertEquals("oh seven seven oh oh", NumberWords.digits("07700"));
        assertEquals("one two three four five six seven eight nine oh one two three", NumberWords.cardinal(1_234_567_890_123L));
    }
}
