package org.twofold;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One real server per test class, with demo staff signed in and a person to talk with. */
public abstract class ApiTest {
    @TempDir
    protected static Path data;
    protected static TestServer server;
    protected static String token;
    protected static String person;

    @BeforeAll
    static void startServer() {
        server = TestServer.start(data);
        token = server.login(TestServer.STAFF, TestServer.PASSWORD);
        person = server.newPerson(token, "Jo Walker");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
