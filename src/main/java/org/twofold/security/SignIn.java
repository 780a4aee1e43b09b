package org.twofold.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Checks a username and password and issues a session token: the one sign-in for the API and the screens. */
public final class SignIn {
    private static final Duration SESSION = Duration.ofHours(12);

    private final AccountStore accounts;
    private final Passwords passwords;
    private final Tokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    public SignIn(AccountStore accounts, Passwords passwords, Tokens tokens, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    public record Session(String token, User user, Instant expiresAt) {}

    public Optional<Session> signIn(String username, String password) {
        Optional<User> user = accounts.byUsername(username.strip());
        if (user.isEmpty()) {
            passwords.wasteTime(password);
            return Optional.empty();
        }
        if (!passwords.matches(password, user.get().passwordHash())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String token = tokens.newToken();
        accounts.saveToken(token, user.get().id(), null, now.plus(SESSION), now);
        User u = user.get();
        audit.record(Principal.account(u.id(), u.serviceId(), u.role()), "login", "user:" + u.id());
        return Optional.of(new Session(token, u, now.plus(SESSION)));
    }

    /** Signing out ends the token on the server at once, so a copied cookie or token opens nothing afterwards. */
    public void signOut(Principal who, String token) {
        accounts.revoke(token);
        audit.record(who, "logout", "user:" + who.actorId());
    }
}
