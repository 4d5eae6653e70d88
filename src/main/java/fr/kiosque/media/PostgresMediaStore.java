package fr.kiosque.media;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The default store: files in PostgreSQL's {@code media_file} table (V18). Nothing to set up, and
 * every instance sees every file. Each call takes a connection of the pool (in the caller's
 * transaction when there is one): an upload writes its files before the row that names them, so
 * a failed upload leaves at most a file that nothing names, never a row without its file.
 */
final class PostgresMediaStore implements MediaStore {

    private final DataSource dataSource;

    PostgresMediaStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void put(String key, String mediaType, byte[] bytes) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "insert into media_file (key, media_type, bytes) values (?, ?, ?) on conflict (key) do nothing")) {
            s.setString(1, key);
            s.setString(2, mediaType);
            s.setBytes(3, bytes);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailable("PostgreSQL media store: " + e.getSQLState(), e);
        }
    }

    @Override
    public Optional<StoredFile> get(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select media_type, bytes from media_file where key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                byte[] bytes = r.getBytes(2);
                return Optional.of(new StoredFile(r.getString(1), bytes.length, new ByteArrayInputStream(bytes)));
            }
        } catch (SQLException e) {
            throw new StoreUnavailable("PostgreSQL media store: " + e.getSQLState(), e);
        }
    }

    @Override
    public void delete(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from media_file where key = ?")) {
            s.setString(1, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailable("PostgreSQL media store: " + e.getSQLState(), e);
        }
    }

    @Override
    public boolean exists(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from media_file where key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new StoreUnavailable("PostgreSQL media store: " + e.getSQLState(), e);
        }
    }

    @Override
    public String name() {
        return "postgresql";
    }
}
