package fr.kiosque.auth;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.auth.api.AuthDtos.MeResponse;
import fr.kiosque.auth.api.AuthDtos.MeUpdate;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.JsonMergePatch;
import fr.kiosque.common.ratelimit.RateLimit;
import fr.kiosque.common.ratelimit.RateLimiter;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** What a staff member does with their own account: read it, rename it, change its password. */
@ApplicationScoped
class MyAccount {

    private static final Logger LOG = Logger.getLogger(MyAccount.class);

    private final UserAccountRepository users;
    private final StaffSessions sessions;
    private final RateLimiter limiter;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final RateLimit passwordChecks;

    MyAccount(UserAccountRepository users, StaffSessions sessions, RateLimiter limiter, ObjectMapper mapper, Validator validator,
            LoginConfig login) {
        this.users = users;
        this.sessions = sessions;
        this.limiter = limiter;
        this.mapper = mapper;
        this.validator = validator;
        // a stolen access token must not become a way to guess the password
        this.passwordChecks = new RateLimit("password-change", login.maxAttemptsPerAccount(), login.window());
    }

    @Transactional
    MeResponse get(long id) {
        return toResponse(find(id));
    }

    /** JSON Merge Patch (RFC 7396) of {@link MeUpdate}: the display name. */
    @Transactional
    MeResponse patch(long id, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalidField("body", "un objet JSON (JSON Merge Patch) est attendu");
        }
        UserAccount account = find(id);
        JsonNode merged = JsonMergePatch.apply(mapper.valueToTree(new MeUpdate(account.displayName)), patch);
        MeUpdate update;
        try {
            update = mapper.treeToValue(merged, MeUpdate.class);
        } catch (JsonProcessingException e) {
            throw ProblemException.fromJson(e);
        }
        var violations = validator.validate(update);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        account.displayName = update.displayName().strip();
        users.flush();
        return toResponse(account);
    }

    /**
     * Changes the password when {@code current} is right, and ends every other session of the
     * account (the session of the request goes on). Of parallel changes, one wins; the others,
     * which checked a password that is no longer the current one, get 409.
     */
    void changePassword(long id, UUID session, String current, String next) {
        limiter.requireRemaining(passwordChecks, String.valueOf(id), "Trop de tentatives de changement de mot de passe.");
        String hash = QuarkusTransaction.joiningExisting().call(() -> find(id).passwordHash);
        if (!BcryptUtil.matches(current, hash)) {
            limiter.hit(passwordChecks, String.valueOf(id));
            throw ProblemException.unprocessableField("currentPassword", "mot de passe actuel incorrect");
        }
        String nextHash = BcryptUtil.bcryptHash(next);
        QuarkusTransaction.joiningExisting().run(() -> {
            UserAccount account = users.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (account == null) {
                throw ProblemException.notFound("Ce compte n'existe plus.");
            }
            if (!account.passwordHash.equals(hash)) {
                // changed by a parallel request since it was checked: the one given is no longer the current one
                throw ProblemException.unprocessableField("currentPassword", "mot de passe actuel incorrect");
            }
            account.passwordHash = nextHash;
            users.flush();
            sessions.endAll(id, session, StaffSessions.ENDED_BY_PASSWORD_CHANGE);
        });
        limiter.reset(passwordChecks, String.valueOf(id));
        LOG.infof("Account %d changed its password: its other sessions are ended", id);
    }

    private UserAccount find(long id) {
        return users.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Ce compte n'existe plus."));
    }

    private static MeResponse toResponse(UserAccount a) {
        return new MeResponse(a.id, a.email, a.displayName, List.copyOf(a.roles));
    }
}
