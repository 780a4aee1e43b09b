package org.twofold.speech;

/**
 * Who will hear a text: their service (whose pronunciation list applies), the person (whose own
 * recordings replace synthetic speech) and the conversation they hear it in, each null when not known.
 */
public record Listener(String serviceId, String personId, String conversationId, Rate rate) {
    public static Listener ofService(String serviceId, Rate rate) {
        return new Listener(serviceId, null, null, rate);
    }
}
