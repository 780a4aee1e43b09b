package org.twofold;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twofold.people.Advocates;
import org.twofold.people.Person;
import org.twofold.people.PersonStore;
import org.twofold.security.AccountStore;
import org.twofold.security.PasswordPolicy;
import org.twofold.security.Principal;
import org.twofold.security.Passwords;
import org.twofold.security.Role;
import org.twofold.security.User;
import org.twofold.store.Times;

/** The first admin (from the environment) and, when asked for, a demo service to try Twofold with. */
final class Seeds {
    static final String DEMO_SERVICE = "Demo care service";
    static final String DEMO_STAFF = "demo-staff";
    static final String DEMO_ADVOCATE = "demo-advocate";
    static final String DEMO_PASSWORD = "twofold-demo";
    static final String DEMO_PERSON = "Sam Taylor";
    /**
     * DEMO_PASSWORD hashed once ahead (bcrypt, the cost Passwords uses): the password is published, so
     * nothing is lost, and a first start on a cold JVM does not spend a second hashing it twice.
     */
    private static final String DEMO_PASSWORD_HASH = "$2a$11$lYBKMGs9dA0DotWr8gwwDuPv9v8zgiXgD6Y6Gyqsj.WPjOsZB.y1e";
    private static final Logger LOG = LoggerFactory.getLogger(Seeds.class);

    private final AccountStore accounts;
    private final PersonStore people;
    private final Advocates advocates;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final Clock clock;

    Seeds(AccountStore accounts, PersonStore people, Advocates advocates, Passwords passwords, PasswordPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.advocates = advocates;
        this.people = people;
        this.passwords = passwords;
        this.policy = policy;
        this.clock = clock;
    }

    void admin(Config config) {
        if (config.adminUser() == null || config.adminPassword() == null || accounts.anyUser()) {
            return;
        }
        var problem = policy.problem(config.adminUser(), config.adminPassword());
        if (problem.isPresent()) {
            LOG.error("The admin account '{}' was not created: TWOFOLD_ADMIN_PASSWORD will not do. {}", config.adminUser(), problem.get());
            return;
        }
        Instant now = clock.instant();
        String service = accounts.serviceNamed("Main service").orElseGet(() -> accounts.createService("Main service", now));
        accounts.createUser(service, config.adminUser(), passwords.hash(config.adminPassword()), Role.ADMIN, now);
        LOG.info("Created admin account '{}'", config.adminUser());
    }

    void demo() {
        if (accounts.byUsername(DEMO_STAFF).isPresent()) {
            accounts.byUsername(DEMO_ADVOCATE).ifPresent(this::assignToDemoPerson);
            LOG.info("Demo: sign in as {} or {} with password {}", DEMO_STAFF, DEMO_ADVOCATE, DEMO_PASSWORD);
            return;
        }
        Instant now = clock.instant();
        String service = accounts.createService(DEMO_SERVICE, now);
        accounts.createUser(service, DEMO_STAFF, DEMO_PASSWORD_HASH, Role.STAFF, now);
        User advocate = accounts.createUser(service, DEMO_ADVOCATE, DEMO_PASSWORD_HASH, Role.ADVOCATE, now);
        Person sam = new Person(UUID.randomUUID().toString(), service, DEMO_PERSON, "Sam",
            "Understands short sentences and pictures. Points to choose. Likes time to think.", Times.format(now));
        people.add(sam, null);
        advocates.assign(sam.id(), advocate.id(), "demo", Times.format(now));
        LOG.info("Demo: created {} with staff login {} and advocate login {}, password {}", DEMO_SERVICE, DEMO_STAFF, DEMO_ADVOCATE, DEMO_PASSWORD);
        LOG.info("Demo: person Sam Taylor has id {}", sam.id());
    }

    /** The demo advocate acts for the demo person, in a demo made before advocates were assigned too. */
    private void assignToDemoPerson(User advocate) {
        String at = Times.format(clock.instant());
        Principal staff = Principal.account("demo", advocate.serviceId(), Role.STAFF);
        people.all(staff).stream().filter(p -> p.name().equals(DEMO_PERSON))
            .forEach(p -> advocates.assign(p.id(), advocate.id(), "demo", at));
    }
}
