package org.twofold.web;

import io.javalin.config.RoutesConfig;

/** One feature's parts, built from what it needs, and its routes and screens, which App registers. */
public interface Feature {
    void register(RoutesConfig routes);
}
