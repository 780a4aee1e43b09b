package org.twofold.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Clock;
import org.twofold.App;
import org.twofold.Config;
import org.twofold.TestServer;
import org.twofold.speech.Wav;

class ARestoreReplacesTheDataOnlyWhenItIsSafe {
    @TempDir
    Path dir;

    @Test
    void aRunningServersDataIsNotReplaced() throws Exception {
        Path data = dir.resolve("data");
        Path file = dir.resolve("backup.zip");
        try (TestServer server = TestServer.start(data)) {
            String token = server.login(TestServer.STAFF, TestServer.PASSWORD);
            server.newPerson(token, "Robin Running");
            assertEquals(Operations.DONE, Command.run(data, "backup", file.toString()).exitCode());

            Command restore = Command.run(data, "restore", file.toString());
            assertEquals(Operations.IN_USE, restore.exitCode(), restore.output());
            assertTrue(restore.output().contains("server is running"), restore.output());
            assertEquals(200, server.get("/api/v1/people", token).status(), "the server goes on");
        }
        assertEquals(1, siblings(), "nothing was unpacked or moved beside the data directory");
    }

    @Test
    void aSecondServerWillNotStartOnTheSameData() {
        Path data = dir.resolve("data");
        try (TestServer server = TestServer.start(data)) {
            Config config = Config.fromEnv(Map.of("TWOFOLD_SPEECH_WARMUP", "false")).with(data, 0);
            App.DataDirInUse refused = assertThrows(App.DataDirInUse.class, () -> App.create(config, Clock.systemUTC()));
            assertTrue(refused.getMessage().contains("is using the data directory"), refused.getMessage());
            assertEquals(200, server.get("/health", null).status());
        }
    }

    @Test
    void aServerKilledWithoutClosingDoesNotBlockARestore() throws Exception {
        Path data = dir.resolve("data");
        Path file = dir.resolve("backup.zip");
        try (TestServer server = TestServer.start(data)) {
            server.newPerson(server.login(TestServer.STAFF, TestServer.PASSWORD), "Sam Stale");
            assertEquals(Operations.DONE, Command.run(data, "backup", file.toString()).exitCode());
        }
        Files.writeString(data.resolve("twofold.lock"), "left behind by a killed server");
        Command restore = Command.run(data, "restore", file.toString());
        assertEquals(Operations.DONE, restore.exitCode(), restore.output());
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDataStaysAsItWas() throws Exception {
        Path data = dir.resolve("data");
        Path good = dir.resolve("good.zip");
        try (TestServer server = TestServer.start(data)) {
            server.newPerson(server.login(TestServer.STAFF, TestServer.PASSWORD), "Dana Damaged");
            assertEquals(Operations.DONE, Command.run(data, "backup", good.toString()).exitCode());
        }
        Map<String, String> before = contents(data);

        Path notAZip = dir.resolve("not-a-backup.zip");
        Files.write(notAZip, "these bytes are not a backup at all".repeat(100).getBytes());
        Path corrupt = dir.resolve("corrupt.zip");
        Map<String, byte[]> entries = Unzipped.entries(good);
        byte[] database = entries.get("twofold.db");
        for (int i = 4096; i < database.length; i++) {
            database[i] = (byte) (i * 31);
        }
        Unzipped.write(corrupt, entries);
        Path foreign = dir.resolve("foreign.zip");
        Unzipped.write(foreign, Map.of("twofold.db", Unzipped.entries(good).get("twofold.db"), "../outside", new byte[] {1}));

        for (Path bad : new Path[] {notAZip, corrupt, foreign, dir.resolve("missing.zip")}) {
            Command restore = Command.run(data, "restore", bad.toString());
            assertTrue(restore.exitCode() == Operations.FAILED || restore.exitCode() == Operations.USAGE, restore.output());
            assertTrue(restore.output().contains("Not restored") || restore.output().contains("There is no backup file"), restore.output());
            assertEquals(before, contents(data), "the data directory is untouched after " + bad.getFileName());
            if (bad == corrupt) {
                assertTrue(restore.output().contains("integrity check") || restore.output().contains("not a Twofold database"),
                    restore.output());
            }
        }
        assertFalse(Files.exists(dir.resolve("outside")));
        assertEquals(1, siblings(), "no unpacked copy is left beside the data directory");
    }

    @Test
    void aRestoredBackupIsWhatTheServerShowsAfterAStart() throws Exception {
        Path data = dir.resolve("data");
        Path file = dir.resolve("backup.zip");
        byte[] voice = Wav.encode(new AudioFormat(16000, 16, 1, true, false), new byte[3200]);
        String kept;
        String recording;
        try (TestServer server = TestServer.start(data)) {
            String token = server.login(TestServer.STAFF, TestServer.PASSWORD);
            kept = server.newPerson(token, "Ash Before");
            recording = upload(server, token, kept, voice);
            assertEquals(Operations.DONE, Command.run(data, "backup", file.toString()).exitCode());
            server.newPerson(token, "Lou After");
        }

        Command restore = Command.run(data, "restore", file.toString());
        assertEquals(Operations.DONE, restore.exitCode(), restore.output());
        assertTrue(restore.output().contains(".replaced-"), "the replaced data is kept and named: " + restore.output());

        try (TestServer server = TestServer.start(data)) {
            String token = server.login(TestServer.STAFF, TestServer.PASSWORD);
            String people = server.get("/api/v1/people", token).body();
            assertTrue(people.contains("Ash Before"), people);
            assertFalse(people.contains("Lou After"), people);
            HttpResponse<byte[]> played = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url("/api/v1/people/" + kept + "/recordings/" + recording)))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, played.statusCode());
            assertArrayEquals(voice, played.body(), "the recording came back with the database");
        }
    }

    private static String upload(TestServer server, String token, String person, byte[] wav) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url("/api/v1/people/" + person + "/recordings?key=symbol:pills")))
            .header("Authorization", "Bearer " + token).header("Content-Type", "audio/wav")
            .POST(HttpRequest.BodyPublishers.ofByteArray(wav)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        return org.twofold.web.Json.json().readTree(r.body()).get("id").asText();
    }

    /** How many entries whose names start with "data" sit in the test directory. */
    private long siblings() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().startsWith("data") || p.getFileName().toString().startsWith(".data")).count();
        }
    }

    /** Every file under the directory with a digest of its bytes. */
    private static Map<String, String> contents(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}
