package org.hawliyat.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/** Ways to damage a copy of a database as a failing disk would, and to tell whether a file changed. */
public final class Damage {

    private Damage() {
    }

    /**
     * Flips bits in the last cells of the index of the events' people (its leaf holds the keys at
     * the end of the page), as a bad sector would: {@code quick_check} still passes, SQLite's full
     * integrity check does not, and a read through the index misses rows.
     */
    public static void flipIndexBytes(Path db) throws SQLException, IOException {
        int page;
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)");
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_event_person_1'")) {
                rs.next();
                page = rs.getInt(1);
            }
            try (ResultSet rs = c.createStatement().executeQuery("PRAGMA page_size")) {
                rs.next();
                pageSize = rs.getInt(1);
            }
        }
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            long at = (long) (page - 1) * pageSize + pageSize - 196;
            byte[] bytes = new byte[4];
            file.seek(at);
            file.readFully(bytes);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] ^= 0x55;
            }
            file.seek(at);
            file.write(bytes);
        }
    }

    /** The SHA-256 of a file's bytes. */
    public static String hash(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
