package org.twofold;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.twofold.speech.RecordingQuota;

/**
 * Everything the server is told from outside, read once from environment variables.
 * TWOFOLD_PORT, TWOFOLD_DATA, TWOFOLD_ADMIN_USER, TWOFOLD_ADMIN_PASSWORD and TWOFOLD_DEMO are fixed names.
 * audioCacheMb bounds the disk cache of spoken audio; speechWarmUp speaks every dialogue text in the background at start.
 * hosts (TWOFOLD_HOSTS) are the host[:port] names the server may be reached by: a join link is built from the
 * request's host only when it is one of them. recordingQuota is not read from the environment: it is
 * {@link RecordingQuota#PER_PERSON}, lowered only by tests.
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
    Set<String> hosts,
    int audioCacheMb,
    boolean speechWarmUp,
    RecordingQuota recordingQuota) {

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
            hosts(env.get("TWOFOLD_HOSTS")),
            number(env, "TWOFOLD_AUDIO_CACHE_MB", 200, 1, 100_000),
            !"false".equalsIgnoreCase(env.getOrDefault("TWOFOLD_SPEECH_WARMUP", "true").strip()),
            RecordingQuota.PER_PERSON);
    }

    /** A copy for another data directory and port: what tests and a second server need. */
    public Config with(Path dataDir, int port) {
        return new Config(port, dataDir, dialoguesDir, symbolsDir, adminUser, adminPassword, demo, joinLinkLifetime, publicUrl,
            hosts, audioCacheMb, speechWarmUp, recordingQuota);
    }

    /** A copy with other limits on each person's recordings (the shipped ones are {@link RecordingQuota#PER_PERSON}). */
    public Config with(RecordingQuota quota) {
        return new Config(port, dataDir, dialoguesDir, symbolsDir, adminUser, adminPassword, demo, joinLinkLifetime, publicUrl,
            hosts, audioCacheMb, speechWarmUp, quota);
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

    private static final Pattern HOST = Pattern.compile("[a-z0-9.-]+(:[0-9]{1,5})?|\\[[0-9a-f:.]+\\](:[0-9]{1,5})?");

    /** "tablets.example.org, 192.168.1.20:7070": host names as a browser sends them, with the port unless it is 80 or 443. */
    private static Set<String> hosts(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        Set<String> hosts = Arrays.stream(raw.split(",")).map(h -> h.strip().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
        hosts.stream().filter(h -> !HOST.matcher(h).matches()).findFirst().ifPresent(h -> {
            throw new IllegalArgumentException("TWOFOLD_HOSTS must list host names, each with its port if it has one, "
                + "separated by commas (such as 'tablets.example.org, 192.168.1.20:7070'), not '" + h + "'");
        });
        return hosts;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
