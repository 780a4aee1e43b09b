package org.twofold.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.twofold.draft.Draft;
import org.twofold.draft.DraftStatus;
import org.twofold.security.AccountStore;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Tokens;
import org.twofold.web.ApiException.Conflict;

/**
 * A tablet link that reads a draft back to the person, so that they can say it is right: it opens the
 * finished conversation's goal, worded as it is now, with a "yes" and a "not yet". It is the
 * conversation's only link from then on, and it runs out as a join link does.
 */
public final class ReadBackLinks {
    /** A link made: the token for its URL, and when it runs out. */
    public record Made(String token, Instant expires) {}

    private final AccountStore accounts;
    private final Tokens tokens;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration lifetime;

    public ReadBackLinks(AccountStore accounts, Tokens tokens, AuditLog audit, Clock clock, Duration lifetime) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** how: how the person will answer (on their own, with support, or interpreted by a supporter). */
    public Made make(Principal who, Draft draft, How how) {
        if (draft.standing() != DraftStatus.DRAFT) {
            throw new Conflict(draft.standing() == DraftStatus.AGREED
                ? "The person has already agreed to this draft. Change it first if it needs reading back again."
                : "This plan is " + draft.status() + " and is not read back again. Start a new version to change it.");
        }
        Instant now = clock.instant();
        String token = tokens.newToken();
        Instant expires = now.plus(lifetime);
        accounts.replaceReadBackToken(draft.conversationId(), new Principal.ReadBack(draft.id(), how.code(), who.actorId()),
            token, expires, now);
        audit.record(who, "draft.read-back", "draft:" + draft.id());
        return new Made(token, expires);
    }
}
