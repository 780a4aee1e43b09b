package org.twofold.board;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.TestServer;

/** One real server per test class on the board files' dialogues (BoardFiles), with demo staff signed in. */
abstract class BoardFileTest {
    @TempDir
    static Path data;
    static TestServer server;
    static String staff;

    @BeforeAll
    static void start() {
        server = BoardFiles.server(data);
        staff = server.login(TestServer.STAFF, TestServer.PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
