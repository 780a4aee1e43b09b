package org.twofold;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twofold.conversation.AnswerStep;
import org.twofold.conversation.ConversationLocks;
import org.twofold.conversation.ConversationLog;
import org.twofold.conversation.ConversationRoutes;
import org.twofold.conversation.ConversationStore;
import org.twofold.conversation.JoinRoutes;
import org.twofold.conversation.MoveConversation;
import org.twofold.conversation.StartConversation;
import org.twofold.conversation.Steps;
import org.twofold.dialogue.DialogueLibrary;
import org.twofold.dialogue.DialogueRoutes;
import org.twofold.dialogue.Problem;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.DraftStore;
import org.twofold.draft.SlotTemplates;
import org.twofold.language.Analyser;
import org.twofold.language.GoalQualitySampling;
import org.twofold.language.LanguageModels;
import org.twofold.language.LanguageRoutes;
import org.twofold.language.StatementCheck;
import org.twofold.language.SymbolSuggestions;
import org.twofold.people.PeopleRoutes;
import org.twofold.people.PersonStore;
import org.twofold.security.Access;
import org.twofold.security.AccountRoutes;
import org.twofold.security.AccountStore;
import org.twofold.security.AuditLog;
import org.twofold.security.LoginRoutes;
import org.twofold.security.Passwords;
import org.twofold.security.Tokens;
import org.twofold.store.Database;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.symbols.SymbolRoutes;
import org.twofold.web.ErrorResponses;
import org.twofold.web.HealthRoutes;
import org.twofold.web.Json;

/** The one wiring place: builds every part with its constructor and hands it what it needs. */
public final class App implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** How long a language request waits for the models while they are still loading. */
    private static final Duration LANGUAGE_WAIT = Duration.ofSeconds(10);

    private final Config config;
    private final Database db;
    private final Javalin javalin;

    private App(Config config, Database db, Javalin javalin) {
        this.config = config;
        this.db = db;
        this.javalin = javalin;
    }

    /** Thrown when the dialogues do not validate: the server will not start on them. */
    public static final class InvalidDialogues extends RuntimeException {
        private final List<Problem> problems;

        InvalidDialogues(List<Problem> problems) {
            super(problems.size() + " problem(s) in the dialogues");
            this.problems = problems;
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public static App create(Config config, Clock clock) {
        ObjectMapper json = Json.json();
        ObjectMapper yaml = Json.yaml();
        SlotTemplates templates = new SlotTemplates();
        SymbolCatalogue symbols = SymbolCatalogue.load(config.symbolsDir(), yaml);
        DialogueLibrary.Checked checked = DialogueLibrary.load(config.dialoguesDir(), symbols, yaml, templates);
        if (!checked.ok()) {
            throw new InvalidDialogues(checked.problems());
        }
        LanguageModels languageModels = LanguageModels.loadInBackground();
        Analyser analyser = new Analyser(languageModels, LANGUAGE_WAIT);
        StatementCheck statements = new StatementCheck(analyser);
        // Outcome wording needs the models, so it is checked once they are loaded, without holding up the start.
        languageModels.whenReady(() -> DialogueLibrary.load(config.dialoguesDir(), symbols, yaml, templates, statements)
            .problems().forEach(p -> LOG.warn("Dialogue wording: {}", p)));
        Database db = Database.open(config.dataDir());

        Passwords passwords = new Passwords();
        Tokens tokens = new Tokens();
        AccountStore accounts = new AccountStore(db);
        AuditLog audit = new AuditLog(db, clock);
        PersonStore people = new PersonStore(db);
        Seeds seeds = new Seeds(accounts, people, passwords, clock);
        seeds.admin(config);
        if (config.demo()) {
            seeds.demo();
        }

        DraftComposer composer = new DraftComposer(templates);
        DraftStore drafts = new DraftStore(db, json);
        Steps steps = new Steps(composer);
        ConversationStore conversations = new ConversationStore(json);
        ConversationLog log = new ConversationLog(conversations, checked.dialogues(), clock);
        ConversationLocks locks = new ConversationLocks();
        PeopleRoutes peopleRoutes = new PeopleRoutes(people, audit, json, clock);

        Access access = new Access(accounts, clock);
        LoginRoutes login = new LoginRoutes(accounts, passwords, tokens, audit, json, clock);
        DialogueRoutes dialogueRoutes = new DialogueRoutes(checked.dialogues());
        SymbolRoutes symbolRoutes = new SymbolRoutes(symbols);
        LanguageRoutes languageRoutes = new LanguageRoutes(statements, new SymbolSuggestions(symbols, analyser),
            new GoalQualitySampling(drafts, statements), audit, json);
        ConversationRoutes conversationRoutes = new ConversationRoutes(db, checked.dialogues(), peopleRoutes,
            new StartConversation(db, conversations, accounts, tokens, audit, steps, clock, config.joinLinkLifetime()),
            log, new AnswerStep(db, log, locks, steps, composer, drafts), new MoveConversation(db, log, locks, steps),
            steps, drafts, audit, json, config.publicUrl());

        Javalin javalin = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(json, false));
            c.jetty.port = config.port();
            ErrorResponses.register(c.routes);
            access.register(c.routes);
            new HealthRoutes().register(c.routes);
            login.register(c.routes);
            new AccountRoutes(accounts, passwords, audit, json, clock).register(c.routes);
            dialogueRoutes.register(c.routes);
            symbolRoutes.register(c.routes);
            peopleRoutes.register(c.routes);
            conversationRoutes.register(c.routes);
            new JoinRoutes(accounts, clock).register(c.routes);
            languageRoutes.register(c.routes);
        });
        return new App(config, db, javalin);
    }

    public App start() {
        javalin.start(config.port());
        LOG.info("Twofold is running on http://localhost:{} with data in {}", javalin.port(), db.file());
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public Javalin javalin() {
        return javalin;
    }

    @Override
    public void close() {
        javalin.stop();
        db.close();
    }

    public static void main(String[] args) {
        Config config;
        try {
            config = Config.fromEnv(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Twofold cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (args.length > 0 && args[0].equals("validate")) {
            Path dir = args.length > 1 ? Path.of(args[1]) : config.dialoguesDir();
            System.exit(Validate.run(dir, config.symbolsDir(), System.out));
            return;
        }
        try {
            App app = App.create(config, Clock.systemUTC()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        } catch (InvalidDialogues e) {
            System.err.println("Twofold will not start: the dialogues have problems.");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
    }
}
