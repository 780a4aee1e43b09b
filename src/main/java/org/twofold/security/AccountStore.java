package org.twofold.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.twofold.store.Database;
import org.twofold.store.Times;
import org.twofold.store.Tx;

/** Services, user accounts and access tokens. */
public final class AccountStore {
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

    /** Ends a token at once (signing out): it opens nothing from now on. */
    public void revoke(String token) {
        db.write(tx -> tx.update("DELETE FROM access_tokens WHERE token_hash = ?", Tokens.hash(token)));
    }

    /** The principal a token stands for, if it exists and has not expired. */
    public Optional<Principal> principalFor(String token, Instant now) {
        return db.read(tx -> tx.one("""
            SELECT t.user_id, t.conversation_id, u.role,
                   COALESCE(u.service_id, p.service_id) AS service_id
            FROM access_tokens t
            LEFT JOIN users u ON u.id = t.user_id
            LEFT JOIN conversations c ON c.id = t.conversation_id
            LEFT JOIN people p ON p.id = c.person_id
            WHERE t.token_hash = ? AND t.expires_at > ?""", rs -> {
            String conversationId = rs.getString("conversation_id");
            String serviceId = rs.getString("service_id");
            return conversationId != null
                ? Principal.tablet(conversationId, serviceId)
                : Principal.account(rs.getString("user_id"), serviceId, Role.fromCode(rs.getString("role")));
        }, Tokens.hash(token), Times.format(now)));
    }
}
