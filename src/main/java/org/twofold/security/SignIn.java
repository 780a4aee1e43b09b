package org.twofold.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.twofold.web.ApiException.TooManyTries;

/** Checks a username and password and issues a session token: the one sign-in for the API and the screens. */
public final class SignIn {
    private static final Duration SESSION = Duration.ofHours(12);

    private final AccountStore accounts;
    private final LoginThrottle throttle;
    private final Passwords passwords;
    private final Tokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    public SignIn(AccountStore accounts, Passwords passwords, Tokens tokens, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.throttle = new LoginThrottle(clock);
        this.passwords = passwords;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    public record Session(String token, User user, Instant expiresAt) {}

    /**
     * A session for the right username and password, from this address. After too many wrong tries
     * for the account or from the address, even the right password waits: {@link TooManyTries}.
     */
    public Optional<Session> signIn(String username, String password, String address) {
        throttle.pausedUntil(username, address).ifPresent(until -> {
            long minutes = Math.max(1, (Duration.between(clock.instant(), until).toSeconds() + 59) / 60);
            throw new TooManyTries("There have been too many wrong passwords. Signing in is paused for "
                + minutes + (minutes == 1 ? " minute" : " minutes") + ". Please try again then, or ask an admin.");
        });
        Optional<User> user = accounts.byUsername(username.strip());
        if (user.isEmpty()) {
            passwords.wasteTime(password);
            throttle.failed(username, address);
            return Optional.empty();
        }
        if (!passwords.matches(password, user.get().passwordHash())) {
            throttle.failed(username, address);
            return Optional.empty();
        }
        throttle.succeeded(username, address);
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
