package org.twofold.draft;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.store.Times;
import org.twofold.web.ApiException.Conflict;

/**
 * Staff change the wording of a draft they opened at one revision. A change made on top of someone
 * else's newer one is refused (409) and nothing is saved; the person must see the newest first.
 */
public final class WordDraft {
    private final DraftStore drafts;
    private final AuditLog audit;
    private final Clock clock;

    public WordDraft(DraftStore drafts, AuditLog audit, Clock clock) {
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
    }

    public Draft word(Principal who, Draft draft, int seenRevision, Map<String, String> parts, Set<String> keptAsTheyAre) {
        requireRevision(draft, seenRevision);
        Draft changed = DraftWording.apply(draft, parts, keptAsTheyAre, who.actorId(), Times.format(clock.instant()));
        if (!drafts.replace(changed)) {
            throw stale();
        }
        audit.record(who, "draft.edit", "draft:" + draft.id());
        return changed;
    }

    /** Refuses a change to a revision that is no longer the newest. */
    static void requireRevision(Draft draft, int seenRevision) {
        if (seenRevision != draft.revision()) {
            throw stale();
        }
    }

    static Conflict stale() {
        return new Conflict("Someone changed this draft after you opened it. Open it again to see the newest wording, then make your change.");
    }
}
