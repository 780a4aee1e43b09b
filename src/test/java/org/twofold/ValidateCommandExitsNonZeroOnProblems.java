package org.twofold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandExitsNonZeroOnProblems {
    @TempDir
    Path dir;

    @Test
    void theShippedDialoguesPass() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Validate.run(Path.of("dialogues"), Path.of("symbol-library"), new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("no problems"));
    }

    @Test
    void aBrokenDirectoryFailsAndTheServerWillNotStartOnIt() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "id: bad\ntitle: Bad\narea: x\nsymbol: goal\nstart: x\nnodes: []\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, Validate.run(dir, Path.of("symbol-library"), new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("bad.yaml"));

        Config config = Config.fromEnv(java.util.Map.of("TWOFOLD_DIALOGUES", dir.toString(), "TWOFOLD_SYMBOLS", "symbol-library",
            "TWOFOLD_JOIN_HOURS", "1", "TWOFOLD_AUDIO_CACHE_MB", "1", "TWOFOLD_SPEECH_WARMUP", "false")).with(dir.resolve("data"), 0);
        App.InvalidDialogues refused = org.junit.jupiter.api.Assertions.assertThrows(App.InvalidDialogues.class,
            () -> App.create(config, java.time.Clock.systemUTC()));
        assertTrue(refused.problems().size() >= 1);
    }
}
