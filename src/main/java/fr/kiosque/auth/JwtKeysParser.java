package fr.kiosque.auth;

import java.security.PrivateKey;
import java.security.PublicKey;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * How Quarkus checks bearer tokens. With configured keys, exactly as SmallRye JWT does. With
 * the keys kept in the database ({@link JwtKeys}), the token's {@code kid} picks the public key,
 * and SmallRye JWT checks the signature with it along with everything else it checks (issuer,
 * expiry, algorithm). Keys are looked up in memory, so this never blocks the I/O thread that
 * calls it, and keys added to the table (rotation) are known after the next refresh without a
 * restart.
 * <p>
 * Why a parser rather than a {@code JWTAuthContextInfo} producer: SmallRye JWT reads the key
 * content of a {@code JWTAuthContextInfo} once and keeps it for the life of the process, so the
 * keys could only change with a restart.
 */
@Alternative
@Priority(1)
@ApplicationScoped
class JwtKeysParser implements JWTParser {

    @Inject DefaultJWTParser standard;
    @Inject JwtKeys keys;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (!keys.inUse()) {
            return standard.parse(token);
        }
        PublicKey key = keys.verificationKey(keyId(token))
                .orElseThrow(() -> new ParseException("The token is not signed by a key of this application"));
        return standard.verify(token, key);
    }

    /** The {@code kid} of a signed token's header. */
    static String keyId(String token) throws ParseException {
        try {
            JsonWebStructure structure = JsonWebStructure.fromCompactSerialization(token);
            if (!(structure instanceof JsonWebSignature)) {
                throw new ParseException("The token is not signed");
            }
            return structure.getKeyIdHeaderValue();
        } catch (JoseException e) {
            throw new ParseException("The token is malformed", e);
        }
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return standard.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return standard.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return standard.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return standard.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return standard.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return standard.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return standard.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return standard.parseOnly(token);
    }
}
