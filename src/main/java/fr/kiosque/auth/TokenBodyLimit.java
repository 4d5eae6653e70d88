package fr.kiosque.auth;

import java.util.regex.Pattern;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import fr.kiosque.common.http.RequestBodyLimit;

/**
 * A login is an e-mail and a password (320 and 72 bytes at most): the anonymous token route gets
 * a body limit of {@value #MAX_BYTES} bytes instead of the application's
 * ({@code kiosque.http.max-body-size}), so that nobody makes it parse megabytes. Declared as a
 * {@link RequestBodyLimit}: a declared larger body is a 413 problem before anything reads it.
 */
@Singleton
class TokenBodyLimit {

    static final int MAX_BYTES = 16 * 1024;

    @Produces
    @Singleton
    RequestBodyLimit tokenPost() {
        return new RequestBodyLimit("POST", Pattern.compile("/api/v1/auth/token/?"), MAX_BYTES);
    }
}
