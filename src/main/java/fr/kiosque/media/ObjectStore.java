package fr.kiosque.media;

import java.util.Optional;

/**
 * Files of another feature in the media store's bucket, under that feature's own key prefix (CV
 * files, encrypted before they get here). A bucket that cannot be reached throws the store's 503
 * problem with {@code Retry-After}.
 */
public interface ObjectStore {

    /** Keeps the bytes under the key (replacing what it held). */
    void put(String key, byte[] bytes);

    /** The bytes, or empty when no object has that key. */
    Optional<byte[]> get(String key);

    /** Removes the object (nothing happens when there is none). */
    void delete(String key);
}
