package org.twofold.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.twofold.store.Database;
import org.twofold.store.Times;
import org.twofold.store.Tx;

/**
 * Services, user accounts and access tokens. A join token (a tablet's) opens its conversation until it runs out,
 * until a new link is made for the conversation, or until a short while after the conversation finishes.
 */
public final class AccountStore {
    /** How long a join link still works after its conversation finishes: the tablet can show the goal and read it back. */
    public static final Duration FINISHED_GRACE = Duration.ofMinutes(10);

    private static final Tx.Row<User> USER = rs -> new User(rs.getString("id"), rs.getString("service_id"),
        rs.getString("username"), rs.getString("password_hash"), Role.fromCode(rs.getString("role")));

    private final Database db;

    public AccountStore(Database db) {
        this.db = db;
    }

    public boolean anyUser() {
        return db.read(tx -> tx.one("SELECT 1 FROM users LIMIT 1", rs -> true).isPresent());
    }

    public Optional<User> byUsername(String username) {
        return db.read(tx -> tx.one("SELECT * FROM users WHERE username = ?", USER, username));
    }

    /** An account by its id: who recorded something, named on a screen. */
    public Optional<User> byId(String id) {
        return db.read(tx -> tx.one("SELECT * FROM users WHERE id = ?", USER, id));
    }

    public Optional<String> serviceNamed(String name) {
        return db.read(tx -> tx.one("SELECT id FROM services WHERE name = ?", rs -> rs.getString(1), name));
    }

    public String createService(String name, Instant now) {
        String id = UUID.randomUUID().toString();
        db.write(tx -> tx.update("INSERT INTO services (id, name, created_at) VALUES (?, ?, ?)", id, name, Times.format(now)));
        return id;
    }

    public User createUser(String serviceId, String username, String passwordHash, Role role, Instant now) {
        User user = new User(UUID.randomUUID().toString(), serviceId, username, passwordHash, role);
        db.write(tx -> tx.update("""
            INSERT INTO users (id, service_id, username, password_hash, role, created_at)
            VALUES (?, ?, ?, ?, ?, ?)""", user.id(), serviceId, username, passwordHash, role.code(), Times.format(now)));
        return user;
    }

    public void saveToken(String token, String userId, String conversationId, Instant expires, Instant now) {
        db.write(tx -> tx.update("""
            INSERT INTO access_tokens (token_hash, user_id, conversation_id, expires_at, created_at)
            VALUES (?, ?, ?, ?, ?)""", Tokens.hash(token), userId, conversationId, Times.format(expires), Times.format(now)));
    }

    /** Makes this the one join token of a conversation: every earlier link of it stops working at once. */
    public void replaceJoinTokens(String conversationId, String token, Instant expires, Instant now) {
        db.write(tx -> {
            tx.update("DELETE FROM access_tokens WHERE conversation_id = ?", conversationId);
            return tx.update("""
                INSERT INTO access_tokens (token_hash, user_id, conversation_id, expires_at, created_at)
                VALUES (?, NULL, ?, ?, ?)""", Tokens.hash(token), conversationId, Times.format(expires), Times.format(now));
        });
    }

    /**
     * Makes this the one tablet link of a finished conversation, reading its draft back for the person to
     * agree: it works until it runs out, however long ago the conversation finished.
     */
    public void replaceReadBackToken(String conversationId, Principal.ReadBack readBack, String token, Instant expires, Instant now) {
        db.write(tx -> {
            tx.update("DELETE FROM access_tokens WHERE conversation_id = ?", conversationId);
            return tx.update("""
                INSERT INTO access_tokens (token_hash, user_id, conversation_id, expires_at, created_at, read_back_of, read_back_how, read_back_by)
                VALUES (?, NULL, ?, ?, ?, ?, ?, ?)""", Tokens.hash(token), conversationId, Times.format(expires), Times.format(now),
                readBack.draftId(), readBack.how(), readBack.askedBy());
        });
    }

    /** Whether this is a join token of a conversation that has finished (whether or not it still works). */
    public boolean joinTokenOfFinishedConversation(String token) {
        return db.read(tx -> tx.one("""
            SELECT 1 FROM access_tokens t
            JOIN conversation_events e ON e.conversation_id = t.conversation_id
            WHERE t.token_hash = ? AND e.result_status = 'finished'
            LIMIT 1""", rs -> true, Tokens.hash(token)).isPresent());
    }

    /** Ends a token at once (signing out): it opens nothing from now on. */
    public void revoke(String token) {
        db.write(tx -> tx.update("DELETE FROM access_tokens WHERE token_hash = ?", Tokens.hash(token)));
    }

    /**
     * The principal a token stands for, if it exists and has not expired; a join token also ends
     * {@link #FINISHED_GRACE} after its conversation finished.
     */
    public Optional<Principal> principalFor(String token, Instant now) {
        return db.read(tx -> tx.one("""
            SELECT t.user_id, t.conversation_id, u.role, t.read_back_of, t.read_back_how, t.read_back_by,
                   COALESCE(u.service_id, p.service_id) AS service_id
            FROM access_tokens t
            LEFT JOIN users u ON u.id = t.user_id
            LEFT JOIN conversations c ON c.id = t.conversation_id
            LEFT JOIN people p ON p.id = c.person_id
            WHERE t.token_hash = ? AND t.expires_at > ?
              AND (t.read_back_of IS NOT NULL OR NOT EXISTS (SELECT 1 FROM conversation_events e
                              WHERE e.conversation_id = t.conversation_id AND e.result_status = 'finished' AND e.at <= ?))""", rs -> {
            String conversationId = rs.getString("conversation_id");
            String serviceId = rs.getString("service_id");
            String readBackOf = rs.getString("read_back_of");
            if (readBackOf != null) {
                return Principal.readingBack(conversationId, serviceId,
                    new Principal.ReadBack(readBackOf, rs.getString("read_back_how"), rs.getString("read_back_by")));
            }
            return conversationId != null
                ? Principal.tablet(conversationId, serviceId)
                : Principal.account(rs.getString("user_id"), serviceId, Role.fromCode(rs.getString("role")));
        }, Tokens.hash(token), Times.format(now), Times.format(now.minus(FINISHED_GRACE))));
    }
}
