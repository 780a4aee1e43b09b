package org.twofold.conversation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where recent conversations stand, kept in memory so an answer does not replay the whole log.
 * Only states of committed events are kept, and never changed once kept: callers get copies. The
 * log stays the truth: a kept state is brought up to date with the events after its seq, so events
 * written by another server, or before a restart, are never missed. Bounded: the least recently
 * used are let go and replayed from the log when next needed.
 */
final class ConversationStates {
    private final Map<String, ConversationState> kept;

    ConversationStates(int most) {
        this.kept = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ConversationState> eldest) {
                return size() > most;
            }
        };
    }

    /** A copy of the kept state, to bring up to date and change; null when none is kept. */
    ConversationState copyOf(String conversationId) {
        ConversationState s;
        synchronized (kept) {
            s = kept.get(conversationId);
        }
        return s == null ? null : s.copy();
    }

    /**
     * Keeps a state whose events have all committed, unless a newer one is kept. The caller must not
     * change it afterwards.
     */
    void keep(String conversationId, ConversationState committed) {
        synchronized (kept) {
            ConversationState now = kept.get(conversationId);
            if (now == null || now.seq() < committed.seq()) {
                kept.put(conversationId, committed);
            }
        }
    }
}
