package org.twofold.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Password hashing with BCrypt from a maintained library. BCrypt reads at most 72 bytes, so a longer
 * password is first reduced to its SHA-256 (in Base64, 44 bytes): every byte of it still counts, and
 * passwords of 72 bytes or fewer hash exactly as before.
 */
public final class Passwords {
    private static final int BCRYPT_MAX_BYTES = 72;
    private static final int COST = 11;
    /**
     * Checked against when the username is unknown, so both cases take the same time. A hash made once
     * (at this cost) of random bytes that were then thrown away: nothing can match it, and hashing it
     * afresh would cost the server's start a bcrypt round.
     */
    private static final String DECOY = "$2a$11$wG8sAz0FCdDSCA0NUnTP4eoZ6.oWXx4YU4bBT/UGSOWJRs7YuLx3G";

    public String hash(String password) {
        return new String(BCrypt.withDefaults().hash(COST, bcryptInput(password)), StandardCharsets.UTF_8);
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(bcryptInput(password), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    private static byte[] bcryptInput(String password) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= BCRYPT_MAX_BYTES) {
            return bytes;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getEncoder().encode(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    public void wasteTime(String password) {
        matches(password, DECOY);
    }
}
