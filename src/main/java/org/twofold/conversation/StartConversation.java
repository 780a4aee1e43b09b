package org.twofold.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.twofold.board.Boards;
import org.twofold.conversation.ConversationLog.Opened;
import org.twofold.dialogue.Dialogue;
import org.twofold.draft.Provenance.Present;
import org.twofold.people.Person;
import org.twofold.people.PersonStore;
import org.twofold.security.AccountStore;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Tokens;
import org.twofold.store.Database;
import org.twofold.store.Times;
import org.twofold.web.ApiException.Conflict;
import org.twofold.web.ApiException.NotFound;

/**
 * Starts a person on a dialogue and makes the join link that opens it on their tablet. A conversation has one
 * working link at a time; it ends {@link AccountStore#FINISHED_GRACE} after the conversation finishes.
 */
public final class StartConversation {
    private final Boards boards;
    private final Database db;
    private final ConversationStore store;
    private final AccountStore accounts;
    private final Tokens tokens;
    private final AuditLog audit;
    private final Steps steps;
    private final Clock clock;
    private final Duration joinLinkLifetime;
    private final PersonStore people;

    public StartConversation(Database db, ConversationStore store, AccountStore accounts, Tokens tokens, AuditLog audit,
                             Steps steps, Clock clock, Duration joinLinkLifetime, PersonStore people, Boards boards) {
        this.boards = boards;
        this.db = db;
        this.store = store;
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.steps = steps;
        this.clock = clock;
        this.joinLinkLifetime = joinLinkLifetime;
        this.people = people;
    }

    public record Started(Conversation conversation, Step step, String joinToken) {}

    public Started start(Principal who, Person person, Dialogue dialogue, List<Present> present, Conversation.Consent consent) {
        if (boards.has(dialogue.id()) && !boards.offeredTo(who.serviceId(), dialogue.id())) {
            // Another service's imported board is not there for this one.
            throw new NotFound("There is no dialogue '" + dialogue.id() + "'.");
        }
        Instant now = clock.instant();
        Conversation c = new Conversation(UUID.randomUUID().toString(), person.id(), person.serviceId(), dialogue.id(),
            List.copyOf(present), consent, who.actorId(), Times.format(now), people.settings(person.id()).speechRate());
        db.write(tx -> {
            store.add(tx, c);
            return null;
        });
        audit.record(who, "conversation.start", "person:" + person.id());
        ConversationState fresh = ConversationState.replay(dialogue.id(), dialogue.start(), c.present(), List.of());
        return new Started(c, steps.at(c, dialogue, fresh), newJoinToken(c.id()));
    }

    /** Whether a join token still opens this conversation (it has not run out, been replaced, or ended with it). */
    public boolean joinTokenOpens(String token, String conversationId) {
        return accounts.principalFor(token, clock.instant())
            .filter(p -> p.isTablet() && conversationId.equals(p.conversationId()))
            .isPresent();
    }

    /**
     * A new join link for a conversation that has not finished: the link shown before stops working at once,
     * so a lost or shared link can be ended.
     */
    public String newJoinLink(Principal who, Opened conversation) {
        if (conversation.state().status() == Status.FINISHED) {
            throw new Conflict("This conversation has finished, so the tablet needs no new link.");
        }
        String token = newJoinToken(conversation.conversation().id());
        audit.record(who, "conversation.join-link", "conversation:" + conversation.conversation().id());
        return token;
    }

    /** A fresh join link token for the tablet: random, expiring, for this one conversation, and its only one. */
    private String newJoinToken(String conversationId) {
        Instant now = clock.instant();
        String token = tokens.newToken();
        accounts.replaceJoinTokens(conversationId, token, now.plus(joinLinkLifetime), now);
        return token;
    }
}
