package org.twofold.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.Node;
import org.twofold.draft.Draft;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.DraftComposer.Meeting;
import org.twofold.draft.DraftComposer.Subject;
import org.twofold.draft.Provenance.Present;
import org.twofold.draft.SlotForm;
import org.twofold.language.OwnWordsCorpus;
import org.twofold.store.Times;

/**
 * Random walks through a dialogue with the conversation engine's own rules (the same events and
 * state the API records), without HTTP or a database, so thousands of drafts can be made and read:
 * options, not sure (and left open), own words from a corpus at about a given share of the
 * choices, ratings given or not, and now and then "change" at the read-back.
 */
public final class InProcessWalks {
    private static final int MAX_STEPS = 60;
    private static final List<Present> PRESENT = List.of(new Present("Alex", "advocate"));
    private static final List<String> SIGNS = List.of("How I show pain: I rub my arm and go quiet.");
    private static final String[] HOW = {"direct", "direct", "supported", "interpreted"};

    private final Dialogue dialogue;
    private final DraftComposer composer;
    private final OwnWordsCorpus corpus;
    private final Random random;
    private final double ownWordsShare;

    public InProcessWalks(Dialogue dialogue, DraftComposer composer, OwnWordsCorpus corpus, Random random, double ownWordsShare) {
        this.dialogue = dialogue;
        this.composer = composer;
        this.corpus = corpus;
        this.random = random;
        this.ownWordsShare = ownWordsShare;
    }

    /** A finished walk: its draft, and every own word given in the answers that stand. */
    public record Walked(Draft draft, List<String> ownWords, List<Integer> ratings) {}

    public Walked walk() {
        ConversationState state = ConversationState.replay(dialogue.id(), dialogue.start(), PRESENT, List.of());
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        for (int step = 0; step < MAX_STEPS && state.status() != Status.FINISHED; step++) {
            Node node = dialogue.node(state.node()).orElseThrow();
            at = at.plus(Duration.ofSeconds(20));
            AnswerRequest r = answer(node, state, step);
            Event e;
            try {
                // No board here, so nothing is read from a database: no transaction and no person's photo cards.
                e = Answers.eventFor(new Answers.Context(dialogue, state, state.nextSeq(), "walker", Times.format(at), null, null, null), node, r);
            } catch (java.sql.SQLException never) {
                throw new IllegalStateException(never);
            }
            state.apply(e);
        }
        if (state.status() != Status.FINISHED) {
            throw new IllegalStateException("A walk through " + dialogue.id() + " did not finish");
        }
        Node end = dialogue.node(state.node()).orElseThrow();
        Draft draft = composer.compose(new Subject("d", "c", "p", dialogue.id()), dialogue.recipe(end), state.slots(),
            state.provenance(), new Meeting(PRESENT, true, "Nodded and said yes", SIGNS), at);
        List<String> own = new ArrayList<>();
        List<Integer> ratings = new ArrayList<>();
        state.answers().forEach(a -> {
            if (a.provenance().ownWords() != null) {
                own.add(a.provenance().ownWords());
            }
        });
        state.slots().values().forEach(v -> {
            if (v instanceof org.twofold.draft.SlotValue.Rating rating && rating.given()) {
                ratings.add(rating.score());
            }
        });
        return new Walked(draft, own, ratings);
    }

    private AnswerRequest answer(Node node, ConversationState state, int step) {
        How how = How.fromCode(HOW[random.nextInt(HOW.length)]).orElseThrow();
        return switch (node.kind()) {
            case RATING -> random.nextInt(6) == 0 ? request(node, AnswerRequest.NOT_SURE, null, null, how)
                : request(node, null, 1 + random.nextInt(5), null, how);
            case CONFIRM -> request(node, step < 25 && random.nextInt(8) == 0 ? "change" : "yes", null, null, how);
            case CHOICE -> choice(node, state, how);
            default -> throw new IllegalStateException("No answer for " + node.kind());
        };
    }

    private AnswerRequest choice(Node node, ConversationState state, How how) {
        if (random.nextDouble() < ownWordsShare) {
            SlotForm form = dialogue.slots().getOrDefault(node.slot(), SlotForm.SENTENCE);
            List<String> words = corpus.of(form.code()).isEmpty() || random.nextInt(5) == 0 ? corpus.all() : corpus.of(form.code());
            return request(node, AnswerRequest.SOMETHING_ELSE, null, words.get(random.nextInt(words.size())), how);
        }
        if (random.nextInt(7) == 0) {
            return request(node, AnswerRequest.NOT_SURE, null, null, how);
        }
        var options = Steps.choiceOptions(node, state.rephrased());
        return request(node, options.get(random.nextInt(options.size())).id(), null, null, how);
    }

    private static AnswerRequest request(Node node, String choice, Integer rating, String text, How how) {
        return new AnswerRequest(node.id(), choice, rating, text, how, null, null, null);
    }
}
