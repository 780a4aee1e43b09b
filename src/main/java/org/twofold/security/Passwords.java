package org.twofold.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** Password hashing with BCrypt from a maintained library. */
public final class Passwords {
    private static final int COST = 11;
    // Checked against when the username is unknown, so both cases take the same time.
    private static final String DECOY = BCrypt.withDefaults().hashToString(COST, "decoy-password".toCharArray());

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
            hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    public void wasteTime(String password) {
        matches(password, DECOY);
    }
}
