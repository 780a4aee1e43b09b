package org.twofold;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Everything the server is told from outside, read once from environment variables.
 * TWOFOLD_PORT, TWOFOLD_DATA, TWOFOLD_ADMIN_USER, TWOFOLD_ADMIN_PASSWORD and TWOFOLD_DEMO are fixed names.
 * audioCacheMb bounds the disk cache of spoken audio; speechWarmUp speaks every dialogue text in the background at start.
 */
public record Config(
    int port,
    Path dataDir,
    Path dialoguesDir,
    Path symbolsDir,
    String adminUser,
    String adminPassword,
    boolean demo,
    Duration joinLinkLifetime,
    String publicUrl,
    int audioCacheMb,
    boolean speechWarmUp) {

    public static Config fromEnv(Map<String, String> env) {
        return new Config(
            number(env, "TWOFOLD_PORT", 7070, 0, 65535),
            Path.of(env.getOrDefault("TWOFOLD_DATA", "./data")),
            Path.of(env.getOrDefault("TWOFOLD_DIALOGUES", "./dialogues")),
            Path.of(env.getOrDefault("TWOFOLD_SYMBOLS", "./symbol-library")),
            blankToNull(env.get("TWOFOLD_ADMIN_USER")),
            blankToNull(env.get("TWOFOLD_ADMIN_PASSWORD")),
            "true".equalsIgnoreCase(env.getOrDefault("TWOFOLD_DEMO", "false").strip()),
            Duration.ofHours(number(env, "TWOFOLD_JOIN_HOURS", 24, 1, 24 * 14)),
            blankToNull(env.get("TWOFOLD_PUBLIC_URL")),
            number(env, "TWOFOLD_AUDIO_CACHE_MB", 200, 1, 100_000),
            !"false".equalsIgnoreCase(env.getOrDefault("TWOFOLD_SPEECH_WARMUP", "true").strip()));
    }

    /** A copy for another data directory and port: what tests and a second server need. */
    public Config with(Path dataDir, int port) {
        return new Config(port, dataDir, dialoguesDir, symbolsDir, adminUser, adminPassword, demo, joinLinkLifetime, publicUrl,
            audioCacheMb, speechWarmUp);
    }

    private static int number(Map<String, String> env, String name, int fallback, int min, int max) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", not '" + raw + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
