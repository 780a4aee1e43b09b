package org.twofold.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password for any account must be: at least 12 characters, not the username, not one of the
 * passwords that top the published leak lists, and not one character over and over.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    public static PasswordPolicy load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new PasswordPolicy(lines.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with this password for this username, in plain words; empty when it will do. */
    public Optional<String> problem(String username, String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("The password must have at least " + MIN_LENGTH + " characters.");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not be the username.");
        }
        if (common.contains(lower) || lower.chars().distinct().count() == 1) {
            return Optional.of("That password is too common: people trying to break in guess it first. Choose another.");
        }
        return Optional.empty();
    }
}
