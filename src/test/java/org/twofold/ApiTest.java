package org.twofold;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** How many times the audit log holds this action on this subject, read straight from the database file. */
    protected static int audited(String action, String subject) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("twofold.db"));
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject = ?")) {
            s.setString(1, action);
            s.setString(2, subject);
            try (ResultSet rs = s.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }
}
