package org.twofold.people;

/** Someone choosing their goals with Twofold. */
public record Person(String id, String serviceId, String name, String preferredName, String communicationNeeds, String createdAt) {}
