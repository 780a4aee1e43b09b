package org.twofold.conversation;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises changes to one conversation inside this server, so two taps never race on the
 * same step. Striped: a fixed set of locks, no growth. The log's (conversation, seq) key
 * still guards against a second server.
 */
public final class ConversationLocks {
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    public ConversationLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public <T> T with(String conversationId, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(conversationId.hashCode(), stripes.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
