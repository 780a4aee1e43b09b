package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.TestServer;

class IssuedAudioSurvivesARestart {
    @TempDir
    Path data;

    @Test
    void aUrlIssuedBeforeARestartIsSpokenAfterItEvenWithAnEmptyCache() throws IOException {
        String url;
        try (TestServer first = TestServer.start(data)) {
            String token = first.login(TestServer.STAFF, TestServer.PASSWORD);
            url = first.post("/api/v1/speech", Map.of("text", "Your support worker comes at 9.30am on Monday."), token)
                .json().get("audio").asText();
        }
        try (Stream<Path> files = Files.list(data)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().equals("audio") && hasFiles(p)), "nothing was cached yet");
        }
        try (TestServer second = TestServer.start(data)) {
            String token = second.login(TestServer.STAFF, TestServer.PASSWORD);
            AudioHttp.Fetched f = new AudioHttp(second).get(url, token);
            assertEquals(200, f.status(), f.toString());
            Wav.read(f.body());
            assertEquals(url, second.post("/api/v1/speech", Map.of("text", "Your support worker comes at 9.30am on Monday."), token)
                .json().get("audio").asText(), "the same URL after a restart");
        }
    }

    private static boolean hasFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }
}
