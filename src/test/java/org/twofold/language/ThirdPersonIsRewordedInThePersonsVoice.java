package org.twofold.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThirdPersonIsRewordedInThePersonsVoice {
    private static Analyser analyser;
    private static StatementCheck check;

    @BeforeAll
    static void loadModels() {
        analyser = new Analyser(LanguageModels.loadInBackground(), Duration.ofSeconds(30));
        check = new StatementCheck(analyser);
    }

    /** The rewording itself, before the check decides whether it is good enough to offer. */
    private static String reworded(String written) {
        return FirstPerson.reword(Statement.of(analyser.analyse(written))).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "She wants to cook so she feels in control.|I want to cook so I feel in control.",
        "John will walk to the shop every morning so he can buy his paper.|I will walk to the shop every morning so I can buy my paper.",
        "They were nervous on buses and now want to travel alone.|I was nervous on buses and now want to travel alone.",
        "They are going to cook for their friends.|I am going to cook for my friends.",
        "He has lived here for years and wants to stay because his friends are near.|I have lived here for years and want to stay because my friends are near.",
        "She doesn't like loud places, so she goes shopping early.|I don't like loud places, so I go shopping early.",
        "Mr Patel watches the news and tries to phone his son.|I watch the news and try to phone my son.",
        "Her goal is to walk to the post office so she can post her letters.|My goal is to walk to the post office so I can post my letters.",
        "Margaret wants to garden because it reminds her of her husband.|I want to garden because it reminds me of my husband.",
        "Rita to attend the lunch club on Tuesdays.|I will attend the lunch club on Tuesdays.",
        "To improve John's quality of life.|I want to improve my quality of life.",
        "Staff will encourage Mary to take her medication.|I will take my medication.",
        "Prompt Amir to take his inhaler before he goes out.|I will take my inhaler before I go out.",
        "She isn't ready to cook alone so she wants help.|I am not ready to cook alone so I want help.",
    })
    void verbsAgreeWithTheNewI(String written, String reworded) {
        assertEquals(reworded, reworded(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "She wants to cook so she feels in control.|I want to cook so I feel in control.",
        "John will walk to the shop every morning so he can buy his paper.|I will walk to the shop every morning so I can buy my paper.",
        "Staff will prompt Mary to take her tablets so she stays out of hospital.|I will take my tablets so I stay out of hospital.",
        "Rita to attend the lunch club on Tuesdays so she sees her friends.|I will attend the lunch club on Tuesdays so I see my friends.",
        "To go to the shop so he can buy his paper.|I want to go to the shop so I can buy my paper.",
    })
    void aRewordingThatPassesTheCheckIsOffered(String written, String reworded) {
        assertEquals(reworded, check.check(written).suggestion());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Priya will attend an art group to improve her wellbeing",
        "Rita to attend the lunch club on Tuesdays.",
        "To improve John's quality of life.",
        "Staff will encourage Mary to take her medication.",
    })
    void aRewordingThatWouldStillFailIsNotOffered(String written) {
        assertNull(check.check(written).suggestion(), () -> "reworded as \"" + reworded(written) + "\", which gives "
            + check.check(reworded(written)).codes());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I want to phone my sister every Sunday so she knows I am okay.",
        "I want to make my own breakfast so I feel in control.",
        "The service will provide two calls a day.",
    })
    void nothingToRewordGivesNoSuggestion(String written) {
        assertNull(check.check(written).suggestion());
    }
}
