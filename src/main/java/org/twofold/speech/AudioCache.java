package org.twofold.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spoken audio on disk, one file per clip id, within a size bound. Reading a clip marks it used;
 * when the cache grows past its bound the least recently used clips go first (they can be made again).
 */
final class AudioCache {
    private static final Logger LOG = LoggerFactory.getLogger(AudioCache.class);
    private static final String SUFFIX = ".wav";

    private final Path dir;
    private final long maxBytes;
    private final Clock clock;
    private long bytes = -1;

    AudioCache(Path dir, long maxBytes, Clock clock) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    Path fileOf(String id) {
        return dir.resolve(id + SUFFIX);
    }

    boolean has(String id) {
        return Files.isRegularFile(fileOf(id));
    }

    Optional<byte[]> read(String id) {
        Path file = fileOf(id);
        try {
            byte[] wav = Files.readAllBytes(file);
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
            return Optional.of(wav);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Cannot read cached audio {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Stores a clip; a full or broken disk only costs the cache, never the request. */
    synchronized void write(String id, byte[] wav) {
        Path file = fileOf(id);
        try {
            Files.createDirectories(dir);
            long before = bytes < 0 ? total() : bytes;
            long replaced = Files.isRegularFile(file) ? Files.size(file) : 0;
            Path temp = Files.createTempFile(dir, id, ".part");
            Files.write(temp, wav);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
            bytes = before - replaced + wav.length;
            if (bytes > maxBytes) {
                evict();
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot cache audio {}: {}", file, e.getMessage());
        }
    }

    /** Removes a clip's audio, if it is cached. */
    synchronized void delete(String id) {
        Path file = fileOf(id);
        try {
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            if (Files.deleteIfExists(file) && bytes >= 0) {
                bytes -= size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete cached audio " + id, e);
        }
    }

    /** Takes the cache down to 90% of its bound, so it does not evict again on the very next clip. */
    private void evict() throws IOException {
        long target = maxBytes / 10 * 9;
        for (Path oldest : clips().stream().sorted(Comparator.comparing(AudioCache::lastUsed)).toList()) {
            if (bytes <= target) {
                break;
            }
            long size = Files.size(oldest);
            Files.deleteIfExists(oldest);
            bytes -= size;
        }
    }

    synchronized long total() {
        try {
            long sum = 0;
            for (Path p : clips()) {
                sum += Files.size(p);
            }
            bytes = sum;
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> clips() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList();
        }
    }

    private static FileTime lastUsed(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
