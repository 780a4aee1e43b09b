package org.twofold.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.Node;

/**
 * When the person says in their own words why a goal matters, the draft reads as a reason: worded
 * where the words are a clause ("God is with me"), quoted whole after "because" where they are short
 * ("happy"), and quoted apart only where they give no reason ("dont know, ask me later").
 */
class AReasonInMyOwnWordsReadsAsAReason {
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private static final DraftTemplate TEMPLATE = new DraftTemplate("I want to {{ task }} {{ why }}.",
        "It matters to me {{ why }}.", "Within three weeks I {{ task }} twice.", 3, 12, 2, null, null, List.of(), List.of(),
        List.of("Is this goal still right {{ why }}?"), List.of(), new DraftTemplate.GuidanceTemplate(List.of(), List.of()));
    private static final Recipe RECIPE = new Recipe(TEMPLATE, Map.of("task", SlotForm.ACTION, "why", SlotForm.REASON), false);
    private static Drafting drafting;

    @BeforeAll
    static void loadModels() {
        drafting = new Drafting();
    }

    private static Draft draft(String why) {
        Map<String, SlotValue> slots = Map.of("task", new SlotValue.Phrase("go swimming"), "why", new SlotValue.OwnWords(why));
        return drafting.composer.compose(new DraftComposer.Subject("d", "c", "p", "test"), RECIPE, slots, List.of(),
            new DraftComposer.Meeting(List.of(), true, "said yes", List.of()), AT);
    }

    @Test
    void aOneWordReasonIsQuotedWholeAfterBecauseNotAskedWhyAfterTheSentence() {
        Draft d = draft("happy");
        assertEquals("It matters to me because, in my own words, \u201Chappy\u201D.", d.outcome().whyItMatters());
        assertEquals("I want to go swimming because, in my own words, \u201Chappy\u201D.", d.outcome().statement());
        assertEquals("Is this goal still right because, in my own words, \u201Chappy\u201D?", d.reviewQuestions().get(0));
        DraftFigures.texts(d).values().forEach(text -> {
            assertFalse(text.contains("Why, in my own words"), text);
            assertTrue(drafting.composer.wellFormed(text), text);
        });
        assertTrue(DraftComposer.easyRead(d.outcome().statement()));
        assertTrue(d.needsWording().containsAll(List.of("outcome.statement", "outcome.whyItMatters")), d.needsWording().toString());
    }

    @Test
    void shortReasonsAreQuotedWithEveryWordAsGiven() {
        for (String why : List.of("my mum", "not lonely", "IT'S MY LIFE", "a cwtch from my granddaughter \uD83E\uDD70",
                "see the sea, feel the wind, fish and chips", "proud \uD83D\uDE0A", "happy!")) {
            Draft d = draft(why);
            String quote = "\u201C" + why + "\u201D";
            assertTrue(d.outcome().whyItMatters().startsWith("It matters to me because, in my own words, " + quote),
                d.outcome().whyItMatters());
            assertTrue(drafting.composer.wellFormed(d.outcome().whyItMatters()), d.outcome().whyItMatters());
            assertFalse(d.needsWording().isEmpty(), why);
        }
        assertEquals("It matters to me because, in my own words, \u201Chappy!\u201D", draft("happy!").outcome().whyItMatters());
    }

    @Test
    void aReasonWithItsOwnClauseIsWordedAndNeedsNoWording() {
        assertEquals("It matters to me because God is with me.", draft("God is with me").outcome().whyItMatters());
        assertEquals("It matters to me so I can see my friends.", draft("so I can see my friends").outcome().whyItMatters());
        Draft liking = draft("because I like it");
        assertEquals("I want to go swimming because I like it.", liking.outcome().statement());
        assertTrue(liking.needsWording().isEmpty(), liking.needsWording().toString());
    }

    @Test
    void aReasonWithItsOwnBecauseThatBreaksASentenceIsQuotedInPlaceWithoutASecondBecause() {
        String why = "because my wife always did it and now she's gone I need to learn";
        Draft d = draft(why);
        assertEquals("I want to go swimming, in my own words, \u201C" + why + "\u201D.", d.outcome().statement());
        assertEquals("It matters to me, in my own words, \u201C" + why + "\u201D.", d.outcome().whyItMatters());
        assertTrue(drafting.composer.wellFormed(d.outcome().statement()));
        assertTrue(DraftComposer.easyRead(d.outcome().statement()));
        assertTrue(d.needsWording().contains("outcome.statement"));
    }

    @Test
    void wordsThatGiveNoReasonAreQuotedApartNotAfterBecause() {
        for (String why : List.of("dont know, ask me later", "smiled and put her hand on her chest",
                "mum thinks I should be more independant, he nodded when I said that")) {
            Draft d = draft(why);
            assertEquals("It matters to me. My reason, in my own words: \u201C" + why + "\u201D.", d.outcome().whyItMatters());
            assertTrue(d.needsWording().contains("outcome.whyItMatters"));
        }
    }

    @Test
    void theShippedDialoguesSayWhyItMattersInMyOwnWordsAsAReason() {
        Dialogue going = drafting.dialogues.stream().filter(d -> d.id().equals("getting-out")).findFirst().orElseThrow();
        Node end = going.node("done").orElseThrow();
        Recipe recipe = going.recipe(end);
        Map<String, SlotValue> slots = Map.of("outNow", new SlotValue.Phrase("some"), "whyKind", new SlotValue.Phrase("own"),
            "why", new SlotValue.OwnWords("happy"));
        String why = drafting.composer.fill(recipe, slots, recipe.template().whyItMatters(), AT);
        assertEquals("I go out some weeks, but not every week. It matters to me because, in my own words, \u201Chappy\u201D.", why);
        assertTrue(drafting.composer.wellFormed(why), why);
    }
}
