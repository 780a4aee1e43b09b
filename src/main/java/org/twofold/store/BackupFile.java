package org.twofold.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A backup is one zip file: twofold.db (the SQLite database) and recordings/&lt;id&gt;, the audio of each
 * recording its recordings table names. The audio cache is left out: it is made again when asked for.
 */
final class BackupFile {
    static final String DATABASE = "twofold.db";
    static final String RECORDINGS = "recordings";
    private static final Pattern RECORDING_ENTRY = Pattern.compile(RECORDINGS + "/[A-Za-z0-9-]{1,100}");

    /** Thrown when a file is not a whole, intact Twofold backup. */
    static final class NotABackup extends Exception {
        NotABackup(String message) {
            super(message);
        }
    }

    private BackupFile() {}

    /** Writes the zip from a database snapshot and the recordings it names, then forces it to disk. */
    static void write(Path zip, Path database, List<Path> recordings) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip, StandardOpenOption.CREATE_NEW); ZipOutputStream z = new ZipOutputStream(out)) {
            add(z, DATABASE, database);
            for (Path r : recordings) {
                add(z, RECORDINGS + "/" + r.getFileName(), r);
            }
        }
        force(zip);
    }

    private static void add(ZipOutputStream z, String name, Path file) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        Files.copy(file, z);
        z.closeEntry();
    }

    /** Unpacks a backup into an empty directory, refusing any entry that is not a database or a recording. */
    static void unpack(Path zip, Path into) throws IOException, NotABackup {
        boolean database = false;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                String name = e.getName();
                if (!name.equals(DATABASE) && !RECORDING_ENTRY.matcher(name).matches()) {
                    throw new NotABackup("it holds '" + name + "', which no Twofold backup holds");
                }
                Path target = into.resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(z, target);
                force(target);
                database |= name.equals(DATABASE);
            }
        } catch (java.util.zip.ZipException e) {
            throw new NotABackup("it is not a readable zip file (" + e.getMessage() + ")");
        }
        if (!database) {
            throw new NotABackup("it holds no " + DATABASE);
        }
    }

    /** What PRAGMA integrity_check finds wrong with a database file; empty when it is intact. */
    static List<String> integrityProblems(Path database) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement s = c.createStatement();
             var rs = s.executeQuery("PRAGMA integrity_check")) {
            List<String> problems = new ArrayList<>();
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
            return problems;
        } catch (SQLException e) {
            return List.of(e.getMessage());
        }
    }

    /** The ids of the recordings a database names. */
    static List<String> recordingIds(Path database) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT id FROM recordings ORDER BY id")) {
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        }
    }

    /** The schema version a database is at, so a backup from a newer Twofold is not restored under an older one. */
    static int schemaVersion(Path database) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static int latestSchemaVersion() {
        return Migrations.latest();
    }

    static void force(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Left for the operator: the messages name the directory.
        }
    }
}
