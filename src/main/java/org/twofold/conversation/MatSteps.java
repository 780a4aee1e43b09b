package org.twofold.conversation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.twofold.board.Board;
import org.twofold.board.Boards;
import org.twofold.board.Card;
import org.twofold.board.FinishedMat;
import org.twofold.board.MatPicture;
import org.twofold.board.PhotoCard;
import org.twofold.board.PhotoCards;
import org.twofold.board.Placement;
import org.twofold.board.Scale;
import org.twofold.board.Sorting;
import org.twofold.conversation.Step.MatCard;
import org.twofold.conversation.Step.MatView;
import org.twofold.conversation.Step.Progress;
import org.twofold.conversation.Step.StepOption;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.Dialogues;
import org.twofold.dialogue.Node;
import org.twofold.draft.Draft;
import org.twofold.store.Times;
import org.twofold.store.Tx;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.Conflict;

/**
 * What a picture board does in a conversation: the mat step, the pairs that follow a finished mat,
 * and the events that record a card placed, a finished mat and a card chosen. A chosen card leads
 * into its closer look (a sub-board) or its dialogue. Each person sees a board with their own photo
 * cards after its cards ({@link #boardFor}), so every step, check and choice here uses the board as they see it.
 */
public final class MatSteps {
    static final String PAIRS_REPHRASED = "Which one matters more to you now?";
    static final String PAIRS_SYMBOL = "choose";

    private final Boards boards;
    private final Dialogues dialogues;
    private final Pictured pictured;
    private final PhotoCards photoCards;

    /** What the picture of a finished mat is drawn with: the library's symbols, and stored pictures (imported boards' images). */
    public record Pictured(Function<String, Optional<byte[]>> symbols, Function<String, Optional<MatPicture.Image>> stored) {}

    public MatSteps(Boards boards, Dialogues dialogues, Pictured pictured, PhotoCards photoCards) {
        this.boards = boards;
        this.dialogues = dialogues;
        this.pictured = pictured;
        this.photoCards = photoCards;
    }

    /** The fixed words of the pairs step, which speech makes ready ahead of time. */
    static List<String> fixedTexts() {
        return List.of(Node.PAIRS_PROMPT, PAIRS_REPHRASED);
    }

    Step board(Conversation c, Node node, ConversationState state, Progress progress) {
        Board b = boardFor(c.personId(), node.board());
        Scale s = boards.scaleOf(b);
        MatView view = new MatView(b.id(), b.topic().label(), b.topic().symbol(), null, s.question(), null,
            s.points().stream().map(p -> new StepOption(p.id(), p.label(), p.symbol(), p.say())).toList(),
            b.cards().stream().map(card -> new MatCard(card.id(), card.label(), card.symbol(), card.say(), null, picture(c, card))).toList(),
            onTheBoard(b, state.mat().placements()), state.mat().practice());
        return new Step(node.id(), b.topic().instruction(), b.topic().symbol(), state.canGoBack(), progress, view);
    }

    Step pairs(Conversation c, Node node, ConversationState state, boolean rephrased, Progress progress) {
        Pairing pairing = pairingAt(node, state);
        Board b = boardFor(c.personId(), pairing.board());
        List<StepOption> options = pairing.pair().stream()
            .map(id -> b.card(id).orElseThrow(() -> new Conflict("Card '" + id + "' is no longer on board '" + b.id() + "'.")))
            .map(card -> new StepOption(card.id(), card.label(), card.symbol(), card.say(), null, picture(c, card)))
            .toList();
        return new Step(node.id(), "pairs", rephrased ? PAIRS_REPHRASED : Node.PAIRS_PROMPT, PAIRS_SYMBOL, options, rephrased, null,
            state.canGoBack(), progress);
    }

    /** A card put on the mat or moved on it, at the board step the conversation is at. */
    MatAct.Placed placed(Tx tx, String personId, Node node, String card, double position) throws SQLException {
        Board b = boardFor(tx, personId, node.board());
        if (b.card(card).isEmpty()) {
            throw new BadRequest("Field 'card': there is no card '" + card + "' on board '" + b.id() + "'.");
        }
        if (!Placement.onTheMat(position)) {
            throw new BadRequest("Field 'position' must be 0, 0.5, 1, 1.5 or 2.");
        }
        return new MatAct.Placed(card, position);
    }

    /** A comment on a card of the board the conversation is at. */
    MatAct.Commented commented(Tx tx, String personId, Node node, String card, String text) throws SQLException {
        Board b = boardFor(tx, personId, node.board());
        if (b.card(card).isEmpty()) {
            throw new BadRequest("Field 'card': there is no card '" + card + "' on board '" + b.id() + "'.");
        }
        return new MatAct.Commented(card, text);
    }

    /**
     * The finished mat: a practice mat stays on its step with a fresh mat; a real one offers the cards
     * that need to change in pairs, or leads straight on when there is only one.
     */
    Event sorted(Answers.Context c, Node node, AnswerRequest r) throws SQLException {
        if (r.choice() != null || r.rating() != null) {
            throw new BadRequest("Step '" + node.id() + "' is a picture board: send 'placements' (or nothing, for the mat as placed).");
        }
        Board b = boardFor(c.tx(), c.personId(), node.board());
        Scale s = boards.scaleOf(b);
        List<Placement> placements = r.placements() != null ? r.placements() : onTheBoard(b, c.state().mat().placements());
        check(b, placements);
        boolean practice = r.practice() || c.state().mat().practice();
        List<String> candidates = practice ? List.of() : Sorting.candidates(b, s, placements);
        MatAct.Sorted act = new MatAct.Sorted(b.id(), placements, practice, candidates);
        String words = Sorting.inWords(b, s, placements);
        String prompt = b.topic().instruction();
        if (practice) {
            return Answers.event(c, EventKind.ANSWER, node, r, prompt, "Practice board: " + words, Map.of(), node.id(), Status.ACTIVE)
                .onMat(act, null);
        }
        if (candidates.isEmpty()) {
            // No card leads anywhere (an imported board not yet linked to dialogues): the mat is kept, and the talk ends there.
            return Answers.event(c, EventKind.ANSWER, node, r, prompt, words, Map.of(), node.id(), Status.FINISHED).onMat(act, null);
        }
        if (candidates.size() == 1) {
            Lead lead = lead(b, candidates.get(0));
            return Answers.event(c, EventKind.ANSWER, node, r, prompt, words, Map.of(), lead.node(), Status.ACTIVE)
                .onMat(act, lead.dialogue());
        }
        return Answers.event(c, EventKind.ANSWER, node, r, prompt, words, Map.of(), node.pairsId(), Status.ACTIVE).onMat(act, null);
    }

    /** A card chosen from the pair offered: it stays on to meet the next, and the last one left leads on. */
    Event chosen(Answers.Context c, Node node, AnswerRequest r) throws SQLException {
        Pairing pairing = pairingAt(node, c.state());
        String choice = r.choice();
        boolean rephrased = c.state().rephrased();
        String prompt = rephrased ? PAIRS_REPHRASED : Node.PAIRS_PROMPT;
        if (AnswerRequest.NOT_SURE.equals(choice)) {
            return Answers.event(c, EventKind.NOT_SURE, node, r, prompt, "Not sure", Map.of(), node.id(), Status.ACTIVE);
        }
        if (choice == null || !pairing.offers(choice)) {
            throw new BadRequest("Field 'choice': choose one of the two cards offered, " + String.join(" or ", pairing.pair()) + ".");
        }
        Board b = boardFor(c.tx(), c.personId(), pairing.board());
        Card card = b.card(choice).orElseThrow(() -> new Conflict("Card '" + choice + "' is no longer on board '" + pairing.board() + "'."));
        String other = pairing.pair().stream().filter(id -> !id.equals(choice)).findFirst().flatMap(b::card).map(Card::label).orElse("");
        String answer = card.label() + " (rather than " + other + ")";
        if (pairing.choose(choice).done()) {
            Lead lead = lead(b, choice);
            return Answers.event(c, EventKind.ANSWER, node, r, prompt, answer, Map.of(), lead.node(), Status.ACTIVE)
                .onMat(null, lead.dialogue());
        }
        return Answers.event(c, EventKind.ANSWER, node, r, prompt, answer, Map.of(), node.id(), Status.ACTIVE);
    }

    /**
     * The picture of the mat an event finished, kept with the conversation; none for any other event.
     * The comments are those made on the mat before it was finished.
     */
    Optional<MatSnapshotStore.Snapshot> snapshot(Conversation c, Event e, Mat before) {
        if (!(e.mat() instanceof MatAct.Sorted sorted)) {
            return Optional.empty();
        }
        Board b = boardFor(c.personId(), sorted.board());
        Map<String, List<String>> comments = new LinkedHashMap<>();
        before.comments().forEach(n -> comments.computeIfAbsent(n.card(), card -> new ArrayList<>()).add(n.text()));
        FinishedMat mat = new FinishedMat(b, boards.scaleOf(b), sorted.placements(), comments, sorted.practice(),
            LocalDate.ofInstant(Times.parse(e.at()), ZoneOffset.UTC));
        MatPicture picture = new MatPicture(pictured.symbols(), id -> PhotoCard.isPhoto(id)
            ? photoCards.photo(c.personId(), id).map(p -> new MatPicture.Image(p.bytes(), p.contentType()))
            : pictured.stored().apply(id));
        return Optional.of(new MatSnapshotStore.Snapshot(c.id(), e.seq(), e.node(), b.id(), sorted.practice(), picture.svg(mat), e.at()));
    }

    /** The finished mat a draft came from, in words, with where its picture is. */
    Draft.FromMat origin(Conversation c, ConversationState.MatOrigin origin) {
        String conversationId = c.id();
        Board b = boardFor(c.personId(), origin.board());
        // A photo card deleted since it was chosen still names where the goal came from.
        String label = b.card(origin.card()).map(Card::label).orElse("A card no longer on the board");
        return new Draft.FromMat(conversationId, origin.node(), b.id(), b.topic().label(), origin.card(), label,
            boards.scaleOf(b).place(origin.position()),
            "/api/v1/conversations/" + conversationId + "/boards/" + origin.node() + ".svg");
    }

    /** Where a chosen card leads: the dialogue and the node it starts at. */
    private record Lead(String dialogue, String node) {}

    private Lead lead(Board b, String cardId) {
        Card card = b.card(cardId).orElseThrow(() -> new Conflict("Card '" + cardId + "' is no longer on board '" + b.id() + "'."));
        if (card.board() != null && boards.has(card.board())) {
            return new Lead(card.board(), card.board());
        }
        Dialogue d = dialogues.find(card.dialogue() == null ? "" : card.dialogue())
            .orElseThrow(() -> new Conflict("Card '" + cardId + "' leads to no dialogue this server offers."));
        return new Lead(d.id(), d.start());
    }

    /** The placements of cards still on the board (a photo card may have been deleted while its mat was open). */
    private static List<Placement> onTheBoard(Board b, List<Placement> placements) {
        return placements.stream().filter(p -> b.card(p.card()).isPresent()).toList();
    }

    private static void check(Board b, List<Placement> placements) {
        if (placements.isEmpty()) {
            throw new BadRequest("Place at least one card on the board before finishing it.");
        }
        Set<String> seen = new HashSet<>();
        for (Placement p : placements) {
            if (b.card(p.card()).isEmpty()) {
                throw new BadRequest("Field 'placements': there is no card '" + p.card() + "' on board '" + b.id() + "'.");
            }
            if (!seen.add(p.card())) {
                throw new BadRequest("Field 'placements': card '" + p.card() + "' is placed twice; a card has one place.");
            }
        }
    }

    private static Pairing pairingAt(Node node, ConversationState state) {
        Pairing pairing = state.pairing();
        if (pairing == null || pairing.done() || !node.id().equals(pairing.boardNode() + Node.PAIRS_SUFFIX)) {
            throw new Conflict("There are no cards to choose between at step '" + node.id() + "'.");
        }
        return pairing;
    }

    /** The board as this person sees it: its own cards, then the photo cards they added to it. */
    Board boardFor(String personId, String boardId) {
        return board(boardId).withCards(photoCards.onBoard(personId, boardId));
    }

    /** The same, read in the caller's transaction. */
    private Board boardFor(Tx tx, String personId, String boardId) throws SQLException {
        return board(boardId).withCards(photoCards.onBoard(tx, personId, boardId));
    }

    /** Where this conversation's tablet sees a card's stored picture (a person's photo, an imported image); null for a library symbol. */
    private static String picture(Conversation c, Card card) {
        if (card.picture() == null) {
            return null;
        }
        return PhotoCard.isPhoto(card.id()) ? PhotoCard.tabletUrl(c.id(), card.id())
            : "/person/conversations/" + c.id() + "/pictures/" + card.picture();
    }

    private Board board(String id) {
        return boards.find(id).orElseThrow(() -> new Conflict("Board '" + id + "' is no longer offered by this server."));
    }
}
