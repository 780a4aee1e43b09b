package org.twofold.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.twofold.store.Database;
import org.twofold.web.Feature;

/** Accounts, signing in and out, sessions, who may reach what, the audit log admins read, and care-record systems' tokens. */
public final class SecurityFeature implements Feature {
    private final Passwords passwords = new Passwords();
    private final PasswordPolicy policy = PasswordPolicy.load();
    private final Tokens tokens = new Tokens();
    private final AccountStore accounts;
    private final CareRecordTokens careRecords;
    private final AuditLog audit;
    private final SignIn signIn;
    private final Sessions sessions;
    private final Access access;
    private final AuditRoutes auditRoutes;
    private final ObjectMapper json;
    private final Clock clock;

    /** @param publicUrl where people reach the server: https there makes every cookie Secure */
    public SecurityFeature(Database db, ObjectMapper json, Clock clock, String publicUrl) {
        this.json = json;
        this.clock = clock;
        this.accounts = new AccountStore(db);
        this.audit = new AuditLog(db, clock);
        this.signIn = new SignIn(accounts, passwords, tokens, audit, clock);
        Cookies cookies = Cookies.forPublicUrl(publicUrl);
        this.sessions = new Sessions(accounts, clock, cookies, new CsrfTokens(cookies));
        this.careRecords = new CareRecordTokens(db, tokens);
        this.access = new Access(accounts, careRecords, clock);
        this.auditRoutes = new AuditRoutes(new AuditEntries(db), audit, clock);
    }

    public Passwords passwords() {
        return passwords;
    }

    public PasswordPolicy policy() {
        return policy;
    }

    public Tokens tokens() {
        return tokens;
    }

    public AccountStore accounts() {
        return accounts;
    }

    public AuditLog audit() {
        return audit;
    }

    public Sessions sessions() {
        return sessions;
    }

    /** The checks before every route first (the API's token, the screens' session and form token), then sign-in and accounts. */
    @Override
    public void register(RoutesConfig routes) {
        access.register(routes);
        sessions.register(routes);
        new LoginRoutes(signIn, json).register(routes);
        new LoginScreens(signIn, sessions).register(routes);
        new AccountRoutes(accounts, passwords, policy, audit, json, clock).register(routes);
        auditRoutes.register(routes);
        new CareRecordTokenRoutes(careRecords, audit, json, clock).register(routes);
    }
}
