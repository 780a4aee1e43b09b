package org.twofold.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.twofold.board.Boards;
import org.twofold.board.MatPicture;
import java.util.Optional;
import java.util.function.Function;
import org.twofold.dialogue.Dialogues;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.DraftFeature;
import org.twofold.draft.DraftStore;
import org.twofold.people.PeopleFeature;
import org.twofold.security.SecurityFeature;
import org.twofold.speech.Speech;
import org.twofold.store.Database;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Feature;

/** Conversations: starting one, answering, going back and pausing, on the API, the tablet and the supporter's view. */
public final class ConversationFeature implements Feature, AutoCloseable {
    /** How often an idle stream of conversation changes gets a comment, well inside common idle timeouts. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    /** How join links are made: how long one lasts, and the addresses they may be built from. */
    public record JoinSettings(Duration lifetime, String publicUrl, Set<String> hosts) {}

    private final ConversationChanges changes;
    private final MatSnapshotStore snapshots = new MatSnapshotStore();
    private final Conversations conversations;
    private final JoinLinks joinLinks;
    private final Dialogues dialogues;
    private final DraftStore drafts;
    private final DraftFeature draftFeature;
    private final PeopleFeature people;
    private final SecurityFeature security;
    private final ObjectMapper json;
    private final Clock clock;
    private final Boards boards;
    private final ReadBackLinks readBacks;

    public ConversationFeature(Database db, Dialogues dialogues, Boards boards,
                               Function<String, Optional<MatPicture.Image>> storedPictures, SymbolCatalogue symbols, DraftComposer composer, DraftFeature draftFeature,
                               Speech speech, PeopleFeature people, SecurityFeature security, JoinSettings join,
                               ObjectMapper json, Clock clock) {
        this.dialogues = dialogues;
        this.boards = boards;
        this.draftFeature = draftFeature;
        this.drafts = draftFeature.store();
        this.people = people;
        this.security = security;
        this.json = json;
        this.clock = clock;
        this.changes = new ConversationChanges(json, KEEP_ALIVE);
        this.joinLinks = new JoinLinks(join.publicUrl(), join.hosts());
        MatSteps mats = new MatSteps(boards, dialogues, new MatSteps.Pictured(symbols::svg, storedPictures), people.photoCards());
        Steps steps = new Steps(composer, speech, clock, mats);
        ConversationStore store = new ConversationStore(json);
        ConversationLog log = new ConversationLog(store, dialogues, people.people(), clock);
        AnswerStep answers = new AnswerStep(db, log, steps, composer, this.drafts, symbols::has, people.people(), changes, mats, snapshots, security.audit());
        MoveConversation moves = new MoveConversation(db, log, steps, changes, mats, security.audit());
        StartConversation starts = new StartConversation(db, store, security.accounts(), security.tokens(), security.audit(), steps,
            clock, join.lifetime(), people.people(), boards);
        this.conversations = new Conversations(db, log, starts, answers, moves, steps, changes);
        this.readBacks = new ReadBackLinks(security.accounts(), security.tokens(), security.audit(), clock, join.lifetime());
    }

    @Override
    public void register(RoutesConfig routes) {
        new ConversationRoutes(conversations, dialogues, people.lookup(), drafts, security.audit(), json, joinLinks).register(routes);
        new MatRoutes(conversations, snapshots, security.audit(), json).register(routes);
        new ReadBackRoutes(draftFeature.open(), readBacks, joinLinks, json, draftFeature.screens().again("readBackForm")).register(routes);
        new PersonScreens(conversations, people.people(), drafts, draftFeature.agree(), security.accounts(), security.sessions(), clock).register(routes);
        new SupporterScreens(conversations, dialogues, people.lookup(), people.page(), security.sessions(), joinLinks, boards,
            security.accounts(), security.audit()).register(routes);
    }

    /** Ends the streams of those who follow a conversation. */
    @Override
    public void close() {
        changes.close();
    }
}
