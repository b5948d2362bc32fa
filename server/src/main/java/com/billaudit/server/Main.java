package com.billaudit.server;

import com.billaudit.server.config.AppConfig;
import com.billaudit.server.config.ConfigException;
import io.helidon.webserver.http.HttpRouting;

/** Composition root: reads the configuration once, wires every component and serves. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppConfig config;
        try {
            config = AppConfig.fromEnv();
        } catch (ConfigException e) {
            System.err.println("Cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        LogLevels.apply(config.logLevel(), config.logFormat());
        Application app = Application.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
    }

    /** The one route table, shared by {@link #main} and the route tests. */
    public static void routing(HttpRouting.Builder routing, Components components) {
        Routes.table(routing, components);
    }
}
