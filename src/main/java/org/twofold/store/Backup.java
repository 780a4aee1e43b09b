package org.twofold.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * `twofold backup <file>`: a copy of the data directory that a restore can bring back, taken while the
 * server runs. The database is copied with VACUUM INTO: one read transaction, so the copy is a consistent
 * snapshot of every committed answer; in WAL mode it neither waits for nor holds up the server's writes; and
 * unlike the backup API it is not restarted by writes from another process, nor does it copy free pages
 * (which could still hold erased words). The copy is checked with PRAGMA integrity_check before it is kept.
 */
public final class Backup {
    private final Path dataDir;

    public Backup(Path dataDir) {
        this.dataDir = dataDir;
    }

    public int run(Path file, PrintStream out) {
        Path database = dataDir.resolve(BackupFile.DATABASE);
        if (!Files.isRegularFile(database)) {
            out.println("There is nothing to back up: " + database + " does not exist.");
            return Operations.FAILED;
        }
        if (Files.exists(file)) {
            out.println(file + " already exists. Choose a new file name: a backup never overwrites a file.");
            return Operations.USAGE;
        }
        Path beside = file.toAbsolutePath().getParent();
        Path work = null;
        try {
            Files.createDirectories(beside);
            work = Files.createTempDirectory(beside, ".twofold-backup-");
            Path snapshot = work.resolve(BackupFile.DATABASE);
            snapshot(database, snapshot);
            List<String> problems = BackupFile.integrityProblems(snapshot);
            if (!problems.isEmpty()) {
                out.println("The copy of the database failed its integrity check, so no backup was written: " + problems);
                return Operations.FAILED;
            }
            List<Path> recordings = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String id : BackupFile.recordingIds(snapshot)) {
                Path audio = dataDir.resolve(BackupFile.RECORDINGS).resolve(id);
                if (Files.isRegularFile(audio)) {
                    recordings.add(audio);
                } else {
                    missing.add(id);
                }
            }
            if (!missing.isEmpty()) {
                out.println("Warning: " + missing.size() + " recording(s) named in the database have no audio file: " + missing);
            }
            Path part = work.resolve("backup.zip");
            BackupFile.write(part, snapshot, recordings);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            out.println("Backed up " + database + " and " + recordings.size() + " recording(s) to " + file
                + ". The copy passed its integrity check.");
            return Operations.DONE;
        } catch (IOException | SQLException | StoreException e) {
            out.println("The backup failed, and no backup file was written: " + e.getMessage());
            return Operations.FAILED;
        } finally {
            if (work != null) {
                BackupFile.deleteTree(work);
            }
        }
    }

    /** Copies the database as one consistent snapshot, safe while the server writes. */
    private static void snapshot(Path database, Path into) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=10000");
            }
            try (PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
                s.setString(1, into.toString());
                s.execute();
            }
        }
        BackupFile.force(into);
    }
}
