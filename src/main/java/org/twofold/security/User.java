package org.twofold.security;

public record User(String id, String serviceId, String username, String passwordHash, Role role) {}
