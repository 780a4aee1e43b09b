package org.twofold.speech;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.twofold.store.Database;

/**
 * Content addresses for speech: the same voice, rate and words always give the same id on this server.
 * The id is keyed with a secret kept in the database, because a read-back holds a person's own words:
 * knowing a text must not be enough to find its audio, or to confirm a guess about it.
 */
final class ClipIds {
    static final Pattern SHAPE = Pattern.compile("[0-9a-f]{32}");

    private final byte[] secret;

    private ClipIds(byte[] secret) {
        this.secret = secret;
    }

    static ClipIds load(Database db) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String secret = db.write(tx -> {
            tx.update("INSERT INTO audio_key (id, secret) VALUES (1, ?) ON CONFLICT DO NOTHING", HexFormat.of().formatHex(fresh));
            return tx.one("SELECT secret FROM audio_key WHERE id = 1", rs -> rs.getString(1)).orElseThrow();
        });
        return new ClipIds(HexFormat.of().parseHex(secret));
    }

    /** A public clip: the fixed words of a dialogue. */
    Clip clip(String voice, Rate rate, String spoken) {
        return clip(voice, rate, spoken, null);
    }

    /** A clip heard only within its scope: the same words in another conversation have another id. */
    Clip clip(String voice, Rate rate, String spoken, String scope) {
        String content = voice + "\n" + rate.code() + "\n" + spoken;
        return new Clip(id(scope == null ? content : scope + "\n" + content), voice, rate, spoken, scope);
    }

    private String id(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
