package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TheAudioCacheStaysWithinItsBound {
    @TempDir
    Path dir;

    @Test
    void theLeastRecentlyUsedClipsGoFirstWhenTheCacheIsFull() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        byte[] clip = new byte[30_000];
        AudioCache cache = cacheAt(start, 100_000);
        cache.write("a", clip);
        cacheAt(start.plusSeconds(1), 100_000).write("b", clip);
        cacheAt(start.plusSeconds(2), 100_000).write("c", clip);
        cacheAt(start.plusSeconds(3), 100_000).read("a");
        AudioCache later = cacheAt(start.plusSeconds(4), 100_000);
        later.write("d", clip);

        assertTrue(later.total() <= 100_000, "total " + later.total());
        assertTrue(later.has("a"), "read lately, so kept");
        assertFalse(later.has("b"), "least recently used, so evicted");
        assertTrue(later.has("d"));
    }

    @Test
    void aClipLargerThanTheBoundDoesNotEmptyItIntoAnError() {
        AudioCache cache = cacheAt(Instant.now(), 10);
        cache.write("big", new byte[100]);
        assertTrue(cache.total() <= 100);
    }

    private AudioCache cacheAt(Instant now, long maxBytes) {
        return new AudioCache(dir, maxBytes, Clock.fixed(now, ZoneOffset.UTC));
    }
}
