package fr.kiosque.media;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The object store another feature may keep its files in: with {@code kiosque.media.store=s3}, the
 * media bucket under a prefix of that feature's, so that a deployment on S3 keeps no file in its
 * database; none with the PostgreSQL store, where each feature keeps its files in its own tables.
 */
@Singleton
public class ObjectStores {

    @Inject MediaStore store;

    /** The bucket under {@code prefix} ({@code cv/}), or empty when files are kept in PostgreSQL. */
    public Optional<ObjectStore> under(String prefix) {
        return store instanceof S3MediaStore s3 ? Optional.of(s3.under(prefix)) : Optional.empty();
    }
}
