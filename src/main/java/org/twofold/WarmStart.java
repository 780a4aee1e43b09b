package org.twofold;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * `java -jar twofold.jar warm-start`: starts a server on a throwaway data directory, asks it for
 * /health and a page, and stops. The build runs it once with -XX:ArchiveClassesAtExit, so the JVM
 * keeps the classes a start loads in target/twofold.jsa, and a real start maps them in instead of
 * loading them one by one (about half the start on a 2-core machine).
 */
final class WarmStart {
    private WarmStart() {}

    static int run(Config base) {
        Path data = null;
        try {
            data = Files.createTempDirectory("twofold-warm-start");
            Config config = Config.fromEnv(Map.of("TWOFOLD_DEMO", "true", "TWOFOLD_SPEECH_WARMUP", "false",
                "TWOFOLD_DIALOGUES", base.dialoguesDir().toString(), "TWOFOLD_SYMBOLS", base.symbolsDir().toString())).with(data, 0);
            try (App app = App.create(config, Clock.systemUTC()).start()) {
                for (String path : new String[] {"/health", "/staff/login"}) {
                    ask(app.port(), path);
                }
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("The warm start did not work: " + e);
            return 1;
        } finally {
            delete(data);
        }
    }

    private static void ask(int port, String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL().openConnection();
        try (InputStream body = c.getInputStream()) {
            body.readAllBytes();
        } finally {
            c.disconnect();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
