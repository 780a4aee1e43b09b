package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.store.Database;
import org.twofold.web.ApiException;

class ASynthesisFailureNeverBlocksAStep {
    @TempDir
    Path data;

    @Test
    void aMissingVoiceStillGivesUrlsAndAnswersTheAudioRequestWith503() {
        try (Database db = Database.open(data);
             Speech speech = Speech.open(db, data, 1_000_000, new Synthesiser("no-such-voice", 1),
                 Pronunciations.load(db), Recordings.load(db, data), Clock.systemUTC(), List.of("Do you want a drink?"))) {
            String url = speech.urlFor("Do you want a drink?", Listener.ofService(null, Rate.NORMAL));
            assertTrue(url.startsWith("/audio/"), "the step still carries its URL");
            String id = url.substring("/audio/".length(), url.length() - ".wav".length());
            ApiException refused = assertThrows(ApiException.class, () -> speech.wav(id));
            assertEquals(503, refused.status());
        }
    }

    @Test
    void nothingToSayGivesNoUrl() {
        try (Database db = Database.open(data);
             Speech speech = Speech.open(db, data, 1_000_000, new Synthesiser(Synthesiser.KEVIN, 1),
                 Pronunciations.load(db), Recordings.load(db, data), Clock.systemUTC(), List.of())) {
            assertEquals(null, speech.urlFor(" ", Listener.ofService(null, Rate.NORMAL)));
            assertEquals(null, speech.urlFor("a".repeat(501), Listener.ofService(null, Rate.NORMAL)));
        }
    }
}
