package org.twofold.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twofold.conversation.InProcessWalks;
import org.twofold.dialogue.Dialogue;
import org.twofold.language.OwnWordsCorpus;

/**
 * A thousand walks through every shipped dialogue, own words from the corpus at about a third of the
 * choices: no sentence that is not well formed, every own word kept verbatim, every given rating shown
 * in words, every escalation with an action, an owner and a time, and at most a third of the sentence
 * positions the same on every walk. The own words that no rule was written against (the held-out
 * corpus) must come through as well.
 */
class DraftsReadWellOnEveryWalk {
    private static final int WALKS = 1000;
    private static final int HELD_OUT_WALKS = 300;
    private static final double OWN_WORDS_SHARE = 1.0 / 3;
    private static Drafting drafting;

    @BeforeAll
    static void load() {
        drafting = new Drafting();
    }

    @Test
    void everyDialogueMakesWellFormedDraftsThatKeepThePersonsWords() {
        assertTrue(drafting.dialogues.size() >= 9, "all 9 dialogues load");
        List<String> failures = new ArrayList<>();
        for (Dialogue d : drafting.dialogues) {
            DraftFigures figures = walk(d, OwnWordsCorpus.shipped(), WALKS, 20261127);
            System.out.println(figures.summary());
            failures.addAll(failures(d, figures));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void ownWordsNoRuleWasWrittenAgainstStillMakeWellFormedDrafts() {
        OwnWordsCorpus heldOut = OwnWordsCorpus.read("/language/own-words-holdout.tsv");
        List<String> failures = new ArrayList<>();
        for (Dialogue d : drafting.dialogues) {
            DraftFigures figures = walk(d, heldOut, HELD_OUT_WALKS, 7);
            System.out.println("held out, " + figures.summary());
            figures.malformed().stream().distinct().limit(5).forEach(m -> failures.add(d.id() + " malformed: " + m));
            figures.lostWords().stream().distinct().limit(5).forEach(w -> failures.add(d.id() + " lost: " + w));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void twentyDraftsReadLikeTwentyDifferentPeople() {
        for (Dialogue d : drafting.dialogues) {
            InProcessWalks walks = new InProcessWalks(d, drafting.composer, OwnWordsCorpus.shipped(), new Random(20), OWN_WORDS_SHARE);
            List<Map<String, String>> drafts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                drafts.add(DraftFigures.texts(walks.walk().draft()));
            }
            long outcomes = drafts.stream().map(t -> t.get("outcome.statement")).distinct().count();
            assertTrue(outcomes >= 15, d.id() + ": only " + outcomes + " different outcomes in 20 drafts");
            double sameness = averageSameness(drafts);
            System.out.printf("%s: 20 drafts, %d different outcomes, on average %.0f%% of two drafts' sentences alike%n",
                d.id(), outcomes, sameness * 100);
            assertTrue(sameness <= 0.6, d.id() + ": two drafts share " + Math.round(sameness * 100) + "% of their sentences on average");
        }
    }

    private static DraftFigures walk(Dialogue d, OwnWordsCorpus corpus, int count, long seed) {
        DraftFigures figures = new DraftFigures(d.id(), drafting.composer);
        InProcessWalks walks = new InProcessWalks(d, drafting.composer, corpus, new Random(seed), OWN_WORDS_SHARE);
        for (int i = 0; i < count; i++) {
            figures.add(walks.walk());
        }
        assertEquals(count, figures.walks());
        return figures;
    }

    private static List<String> failures(Dialogue d, DraftFigures f) {
        List<String> out = new ArrayList<>();
        f.malformed().stream().distinct().limit(5).forEach(m -> out.add(d.id() + " malformed: " + m));
        f.lostWords().stream().distinct().limit(5).forEach(w -> out.add(d.id() + " own words lost: " + w));
        f.unshownRatings().stream().distinct().limit(5).forEach(r -> out.add(d.id() + " rating not shown: " + r));
        f.untimed().stream().distinct().limit(5).forEach(e -> out.add(d.id() + " escalation without action, owner or time: " + e));
        if (f.fixedShare() > 1.0 / 3) {
            out.add(d.id() + String.format(" has %.2f of its sentence positions the same on every walk: ", f.fixedShare())
                + f.fixedPositions());
        }
        return out;
    }

    /** The share of positions two drafts hold the same sentence in, averaged over every pair. */
    private static double averageSameness(List<Map<String, String>> drafts) {
        double total = 0;
        int pairs = 0;
        for (int i = 0; i < drafts.size(); i++) {
            for (int j = i + 1; j < drafts.size(); j++) {
                Map<String, String> a = drafts.get(i);
                Map<String, String> b = drafts.get(j);
                long shared = a.keySet().stream().filter(b::containsKey).count();
                long same = a.keySet().stream().filter(k -> a.get(k).equals(b.get(k))).count();
                total += shared == 0 ? 0 : (double) same / shared;
                pairs++;
            }
        }
        return total / pairs;
    }
}
