package org.twofold;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twofold.board.BoardFeature;
import org.twofold.board.MatPicture;
import org.twofold.board.PhotoCards;
import org.twofold.conversation.ConversationFeature;
import org.twofold.conversation.Steps;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.DialogueLibrary;
import org.twofold.dialogue.DialogueRoutes;
import org.twofold.dialogue.Dialogues;
import org.twofold.dialogue.Problem;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.DraftFeature;
import org.twofold.draft.DraftStore;
import org.twofold.draft.SlotTemplates;
import org.twofold.export.ExportFeature;
import org.twofold.language.Analyser;
import org.twofold.language.GoalQualitySampling;
import org.twofold.language.LanguageModels;
import org.twofold.language.LanguageRoutes;
import org.twofold.language.StatementCheck;
import org.twofold.language.SymbolSuggestions;
import org.twofold.people.Advocates;
import org.twofold.people.PeopleFeature;
import org.twofold.people.PersonStore;
import org.twofold.privacy.PrivacyRoutes;
import org.twofold.security.AuditLog;
import org.twofold.security.SecurityFeature;
import org.twofold.security.User;
import org.twofold.speech.SpeechFeature;
import org.twofold.speech.SpeechTexts;
import org.twofold.store.Backup;
import org.twofold.store.DataDirLock;
import org.twofold.store.Database;
import org.twofold.store.Operations;
import org.twofold.store.Restore;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.symbols.SymbolRoutes;
import org.twofold.web.ErrorResponses;
import org.twofold.web.Feature;
import org.twofold.web.HealthRoutes;
import org.twofold.web.Json;
import org.twofold.web.OpenApiRoutes;
import org.twofold.web.Pages;
import org.twofold.web.SecurityHeaders;

/**
 * The one wiring place: builds each feature from what it needs (a small Feature per package, or a
 * single routes class where that is all a feature is), then registers their routes in one server.
 */
public final class App implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** How long a language request waits for the models while they are still loading. */
    private static final Duration LANGUAGE_WAIT = Duration.ofSeconds(10);
    /** The most a form's file may be (a photo is refused over 5 MB with its own words; this is well above). */
    private static final int UPLOAD_MB = 8;

    private final Config config;
    private final DataDirLock lock;
    private final Database db;
    private final SpeechFeature speech;
    private final ConversationFeature conversations;
    private final Javalin javalin;
    private final AfterStart afterStart;

    private App(Config config, DataDirLock lock, Database db, SpeechFeature speech, ConversationFeature conversations, Javalin javalin,
                AfterStart afterStart) {
        this.config = config;
        this.afterStart = afterStart;
        this.lock = lock;
        this.db = db;
        this.speech = speech;
        this.conversations = conversations;
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

    /** The symbol library and the dialogues checked against it. */
    private record Library(SymbolCatalogue symbols, DialogueLibrary.Checked checked) {
        static Library load(Config config, ObjectMapper yaml, SlotTemplates templates) {
            SymbolCatalogue symbols = SymbolCatalogue.load(config.symbolsDir(), yaml);
            return new Library(symbols, DialogueLibrary.load(config.dialoguesDir(), symbols, yaml, templates));
        }

        /** Waits for the loading, and lets its failure out as it was thrown. */
        static Library await(CompletableFuture<Library> loading) {
            try {
                return loading.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            }
        }
    }

    /** Thrown when another server, or a restore, is using the data directory. */
    public static final class DataDirInUse extends RuntimeException {
        DataDirInUse(Path dataDir) {
            super("Another Twofold server, or a restore, is using the data directory " + dataDir + ".");
        }
    }

    public static App create(Config config, Clock clock) {
        ObjectMapper json = Json.json();
        ObjectMapper yaml = Json.yaml();
        SlotTemplates templates = new SlotTemplates();
        // The symbols and dialogues load beside the database's opening: the two take most of the start.
        CompletableFuture<Library> loading = CompletableFuture.supplyAsync(() -> Library.load(config, yaml, templates));
        AfterStart afterStart = new AfterStart();
        LanguageModels languageModels = LanguageModels.loadWith(afterStart);
        Analyser analyser = new Analyser(languageModels, LANGUAGE_WAIT);
        StatementCheck statements = new StatementCheck(analyser);
        DataDirLock lock = DataDirLock.tryTake(config.dataDir()).orElseThrow(() -> new DataDirInUse(config.dataDir()));
        Database db = Database.open(config.dataDir());

        SecurityFeature security = new SecurityFeature(db, json, clock, config.publicUrl());
        PersonStore personStore = new PersonStore(db, json);
        Seeds seeds = new Seeds(security.accounts(), personStore, new Advocates(db), security.passwords(), security.policy(), clock);
        seeds.admin(config);
        if (config.demo()) {
            seeds.demo();
        }

        Library library = Library.await(loading);
        SymbolCatalogue symbols = library.symbols();
        DialogueLibrary.Checked checked = library.checked();
        if (!checked.ok()) {
            db.close();
            lock.close();
            throw new InvalidDialogues(checked.problems());
        }
        // Outcome wording needs the models, so it is checked once they are loaded, without holding up the start.
        languageModels.whenReady(() -> DialogueLibrary.load(config.dialoguesDir(), symbols, yaml, templates, statements)
            .problems().forEach(p -> LOG.warn("Dialogue wording: {}", p)));
        Dialogues dialogues = checked.dialogues();
        AuditLog audit = security.audit();
        DraftComposer composer = DraftComposer.of(templates, analyser, statements);
        DraftStore drafts = new DraftStore(db, json);
        PeopleFeature people = new PeopleFeature(db, personStore, dialogues, checked.boards(), new PhotoCards(db), audit, json, clock);
        DraftFeature draftFeature = new DraftFeature(drafts, people.lookup(), audit,
            id -> security.accounts().byId(id).map(User::username).orElse("a member of staff"), json, clock);
        SpeechFeature speech = new SpeechFeature(db,
            new SpeechFeature.Storage(config.dataDir(), config.audioCacheMb() * 1024L * 1024L, config.recordingQuota()),
            SpeechTexts.of(dialogues, checked.boards(), Steps.fixedTexts()), symbols, people.lookup(), audit, json, clock);
        BoardFeature boards = new BoardFeature(checked.boards(), db, symbols,
            dialogues.all().stream().map(Dialogue::id).collect(Collectors.toSet()), people.lookup()::reaches, audit, json, clock);
        ConversationFeature conversations = new ConversationFeature(db, dialogues, checked.boards(),
            id -> boards.pictures().find(id).map(p -> new MatPicture.Image(p.bytes(), p.contentType())), symbols, composer, draftFeature, speech.speech(), people,
            security, new ConversationFeature.JoinSettings(config.joinLinkLifetime(), config.publicUrl(), config.hosts()), json, clock);

        Pages pages = new Pages();
        List<Feature> features = List.of(
            ErrorResponses::register,
            SecurityHeaders::register,
            security,
            new HealthRoutes()::register,
            new OpenApiRoutes(yaml, json)::register,
            new DialogueRoutes(dialogues)::register,
            new SymbolRoutes(symbols)::register,
            boards,
            people,
            conversations,
            draftFeature,
            new ExportFeature(drafts, draftFeature.open(), audit, json, clock, config.publicUrl(),
                new ExportFeature.Pictures(symbols, dialogues, db), pages),
            speech,
            new PrivacyRoutes(db, people.lookup(), speech.recordings(), speech.speech(), audit, json, clock)::register,
            new LanguageRoutes(statements, new SymbolSuggestions(symbols, analyser), new GoalQualitySampling(drafts, statements),
                audit, json)::register);

        Javalin javalin = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(json, false));
            c.fileRenderer(pages);
            c.jetty.port = config.port();
            // What Jetty refuses before any route runs (414, 431, a Host it cannot read) is answered as everything else is.
            c.jetty.modifyServer(server -> server.setErrorHandler(ErrorResponses.beforeRoutes(pages, json)));
            // A known address asked with another method says so (405), rather than that nothing is there.
            c.http.prefer405over404 = true;
            // Uploads (a photo card's photo) stay in memory, never in a temporary file, and a form far over any limit is refused unread.
            c.jetty.multipartConfig.maxInMemoryFileSize(UPLOAD_MB, SizeUnit.MB);
            c.jetty.multipartConfig.maxFileSize(UPLOAD_MB, SizeUnit.MB);
            c.jetty.multipartConfig.maxTotalRequestSize(UPLOAD_MB + 1, SizeUnit.MB);
            c.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/assets";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=3600");
            });
            features.forEach(f -> f.register(c.routes));
        });
        if (config.speechWarmUp()) {
            afterStart.execute(speech::warmUp);
        }
        return new App(config, lock, db, speech, conversations, javalin, afterStart);
    }

    public App start() {
        javalin.start(config.port());
        LOG.info("Twofold is running on http://localhost:{} with data in {}", javalin.port(), db.file());
        afterStart.release();
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
        conversations.close();
        javalin.stop();
        speech.close();
        db.close();
        lock.close();
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
        if (args.length > 0 && args[0].equals("warm-start")) {
            System.exit(WarmStart.run(config));
            return;
        }
        if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
            if (args.length != 2) {
                System.err.println("Say where the backup file is: java -jar twofold.jar " + args[0] + " <file>");
                System.exit(Operations.USAGE);
                return;
            }
            Path file = Path.of(args[1]);
            System.exit(args[0].equals("backup")
                ? new Backup(config.dataDir()).run(file, System.out)
                : new Restore(config.dataDir()).run(file, System.out));
            return;
        }
        try {
            App app = App.create(config, Clock.systemUTC()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        } catch (InvalidDialogues e) {
            System.err.println("Twofold will not start: the dialogues have problems.");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(1);
        } catch (DataDirInUse e) {
            System.err.println("Twofold will not start: " + e.getMessage());
            System.exit(1);
        }
    }
}
