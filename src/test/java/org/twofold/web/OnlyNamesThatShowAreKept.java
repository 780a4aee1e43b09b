package org.twofold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.twofold.web.ApiException.BadField;

/**
 * The check every name goes through: a name of letters in any script is kept exactly; one with nothing to
 * see, a control character, a direction override or a broken character is refused, naming the field.
 */
class OnlyNamesThatShowAreKept {
    /** Marks that show nothing on their own: zero-width spaces and joiners, direction marks, fillers, spaces. */
    private static final String INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2063\ufeff\u00ad\u034f\u3164\u115f\u1160"
        + "\uffa0\u2800\u00a0\u2007\u202f\u180e";

    @Provide
    Arbitrary<String> letters() {
        Arbitrary<Integer> letter = Arbitraries.integers().between(0x41, 0x2FFFF)
            .filter(c -> Character.isLetter(c) && c != 0x3164 && c != 0x115F && c != 0x1160 && c != 0xFFA0);
        Arbitrary<String> word = letter.list().ofMinSize(1).ofMaxSize(12)
            .map(cs -> cs.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        return word.list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 300)
    void aNameOfLettersInAnyScriptIsKeptExactly(@ForAll("letters") String name) {
        assertEquals(name, Characters.name("name", name));
        assertEquals(name + "\u200f", Characters.name("name", name + "\u200f"), "a direction mark beside letters is kept");
    }

    @Property(tries = 200)
    void aNameOfOnlyInvisibleCharactersIsRefused(@ForAll("invisible") String name) {
        BadField refused = assertThrows(BadField.class, () -> Characters.name("preferredName", name));
        assertEquals("preferredName", refused.field());
        assertTrue(refused.detail().contains("can be seen"), refused.detail());
        assertTrue(refused.onScreen().startsWith("{label}"), refused.onScreen());
    }

    @Provide
    Arbitrary<String> invisible() {
        return Arbitraries.strings().withChars(INVISIBLE).ofMinLength(1).ofMaxLength(10);
    }

    @Property(tries = 200)
    void aNameWithAControlOrAnOverrideIsRefused(@ForAll("letters") String name, @ForAll("hidden") char hidden,
                                                @ForAll("positions") double where) {
        int at = (int) (where * name.length());
        String bent = name.substring(0, at) + hidden + name.substring(at);
        assertThrows(BadField.class, () -> Characters.name("name", bent), () -> "kept " + Integer.toHexString(hidden));
    }

    @Provide
    Arbitrary<Character> hidden() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001f'), Arbitraries.chars().range('\u007f', '\u009f'),
            Arbitraries.chars().range('\u202a', '\u202e'), Arbitraries.chars().range('\u2066', '\u2069'),
            Arbitraries.chars().range('\ud800', '\udfff'));
    }

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Property(tries = 300)
    void anyTextIsKeptUnlessItHasAControlOrABrokenCharacter(@ForAll String text) {
        boolean bad = text.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF
            || Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r');
        if (bad) {
            assertThrows(BadField.class, () -> Characters.text("note", text));
        } else {
            assertEquals(text, Characters.text("note", text));
        }
    }

    @Property(tries = 100)
    void wordsInEveryScriptWithPunctuationAndEmojiAreKept(@ForAll("letters") String name,
                                                          @ForAll("decorations") String decoration) {
        String decorated = name + decoration;
        assertEquals(decorated, Characters.name("name", decorated));
    }

    @Provide
    Arbitrary<String> decorations() {
        return Arbitraries.of("", "-Smith", " O'Neill", " 🌈", " (Jo)", ".", " 2nd", " ap Rhys", "\u200d", " \u0301");
    }
}
