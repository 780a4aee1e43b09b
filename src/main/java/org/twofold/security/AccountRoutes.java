package org.twofold.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.Conflict;
import org.twofold.web.JsonBody;

/** POST /api/v1/users: an admin adds staff, advocate or admin accounts to their own service. */
public final class AccountRoutes {

    private final AccountStore accounts;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    public AccountRoutes(AccountStore accounts, Passwords passwords, PasswordPolicy policy, AuditLog audit, ObjectMapper json, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/users", this::create, Role.ADMIN);
    }

    private void create(Context ctx) {
        Principal who = Access.principal(ctx);
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("username", "password", "role"));
        String username = body.text("username", 100);
        if (!username.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new BadRequest("Field 'username': 3 to 100 letters, digits, dots, dashes, underscores or @.");
        }
        String password = body.text("password", 500);
        policy.problem(username, password).ifPresent(problem -> {
            throw new BadRequest("Field 'password': " + problem);
        });
        String roleCode = body.text("role", 20);
        Role role = Set.of("admin", "staff", "advocate").contains(roleCode) ? Role.fromCode(roleCode) : null;
        if (role == null) {
            throw new BadRequest("Field 'role' must be admin, staff or advocate.");
        }
        if (accounts.byUsername(username).isPresent()) {
            throw new Conflict("The username '" + username + "' is taken.");
        }
        User user = accounts.createUser(who.serviceId(), username, passwords.hash(password), role, clock.instant());
        audit.record(who, "user.create", "user:" + user.id());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", user.id());
        out.put("username", user.username());
        out.put("role", role.code());
        ctx.status(HttpStatus.CREATED).json(out);
    }
}
