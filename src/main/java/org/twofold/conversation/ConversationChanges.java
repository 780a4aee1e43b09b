package org.twofold.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whoever follows a conversation (the person's tablet, the supporter's view) where it
 * stands, as Server-Sent Events. The use cases publish only after their transaction has
 * committed. One sender thread writes every event and keep-alive comment, so a slow or closed
 * follower never holds up an answer, and an open stream holds no database connection or lock.
 */
public final class ConversationChanges implements AutoCloseable {
    /** A tablet, a supporter's view or two, and reconnects whose old stream has not been seen to close yet. */
    static final int MAX_FOLLOWERS = 8;
    static final String EVENT = "state";
    private static final Logger LOG = LoggerFactory.getLogger(ConversationChanges.class);

    private final ObjectMapper json;
    private final Map<String, Deque<Follower>> followers = new HashMap<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "twofold-conversation-changes");
        t.setDaemon(true);
        return t;
    });

    public ConversationChanges(ObjectMapper json, Duration keepAlive) {
        this.json = json;
        long every = keepAlive.toMillis();
        sender.scheduleWithFixedDelay(this::keepAlive, every, every, TimeUnit.MILLISECONDS);
    }

    /** Where a conversation stands: what a follower compares with what it shows. */
    public record Summary(Status status, String node, int answers, boolean rephrased, int seq) {
        /** seq is the last event's number: it only grows, so a follower is never sent an older state after a newer one. */
        static Summary of(ConversationState s) {
            return new Summary(s.status(), s.node(), s.answers().size(), s.rephrased(), s.nextSeq() - 1);
        }
    }

    /** One open stream and the newest state it was sent; touched only on the sender thread after it is added. */
    private static final class Follower {
        final SseClient client;
        int sentSeq = -1;

        Follower(SseClient client) {
            this.client = client;
        }
    }

    /**
     * Streams this conversation's changes to the request, starting with where it stands now, so a
     * follower that missed a change catches up. Call it after the access checks, which answer as usual.
     */
    public void follow(Context ctx, String conversationId, Supplier<Summary> now) {
        new SseHandler(client -> open(conversationId, client, now)).handle(ctx);
    }

    private void open(String conversationId, SseClient client, Supplier<Summary> now) {
        Follower follower = new Follower(client);
        client.keepAlive();
        client.onClose(() -> remove(conversationId, follower));
        Follower oldest = add(conversationId, follower);
        if (oldest != null) {
            oldest.client.close();
        }
        // Read after joining: a change committed since the caller's check is then either read here or published to us.
        try {
            Summary current = now.get();
            sender.execute(() -> send(follower, current));
        } catch (RuntimeException e) {
            LOG.warn("Could not read conversation {} for a follower; its stream is closed", conversationId, e);
            client.close();
        }
    }

    /** Tells every follower of the conversation where it stands now. Call only once the change has committed. */
    public void publish(String conversationId, Summary summary) {
        List<Follower> to = followersOf(conversationId);
        if (to.isEmpty()) {
            return;
        }
        try {
            sender.execute(() -> to.forEach(f -> send(f, summary)));
        } catch (RejectedExecutionException closing) {
            // The server is stopping: followers will catch up when they reconnect.
        }
    }

    private void send(Follower f, Summary summary) {
        if (summary.seq() <= f.sentSeq) {
            return;
        }
        try {
            f.client.sendEvent(EVENT, json.writeValueAsString(summary));
            f.sentSeq = summary.seq();
        } catch (JsonProcessingException | RuntimeException e) {
            drop(f, e);
        }
    }

    /** A comment every so often keeps idle streams open through proxies and finds the ones that have closed. */
    private void keepAlive() {
        for (Follower f : everyFollower()) {
            try {
                f.client.sendComment("keep-alive");
            } catch (RuntimeException e) {
                drop(f, e);
            }
        }
    }

    private static void drop(Follower f, Exception e) {
        LOG.debug("A follower's stream failed and is dropped", e);
        try {
            f.client.close();
        } catch (RuntimeException ignored) {
            // Already gone.
        }
    }

    /** Adds a follower; returns the oldest one when the conversation already has as many as it may. */
    private Follower add(String conversationId, Follower follower) {
        synchronized (followers) {
            Deque<Follower> those = followers.computeIfAbsent(conversationId, id -> new ArrayDeque<>());
            those.addLast(follower);
            return those.size() > MAX_FOLLOWERS ? those.pollFirst() : null;
        }
    }

    private void remove(String conversationId, Follower follower) {
        synchronized (followers) {
            Deque<Follower> those = followers.get(conversationId);
            if (those != null && those.remove(follower) && those.isEmpty()) {
                followers.remove(conversationId);
            }
        }
    }

    private List<Follower> followersOf(String conversationId) {
        synchronized (followers) {
            return List.copyOf(followers.getOrDefault(conversationId, new ArrayDeque<>()));
        }
    }

    private List<Follower> everyFollower() {
        synchronized (followers) {
            List<Follower> all = new ArrayList<>();
            followers.values().forEach(all::addAll);
            return all;
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        everyFollower().forEach(f -> f.client.close());
    }
}
