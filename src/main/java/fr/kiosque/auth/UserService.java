package fr.kiosque.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.auth.api.AuthDtos.TokenResponse;
import fr.kiosque.auth.api.AuthDtos.UserRequest;
import fr.kiosque.auth.api.AuthDtos.UserResponse;
import fr.kiosque.auth.api.AuthDtos.UserUpdateRequest;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.ratelimit.RateLimit;
import fr.kiosque.common.ratelimit.RateLimiter;
import fr.kiosque.common.security.Roles;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.jwt.build.Jwt;

/**
 * Staff accounts and logging in. Passwords are bcrypt hashes; a failed login answers the same,
 * after the same bcrypt work, whether the e-mail exists or not.
 * <p>
 * Logging in holds no transaction and at most one connection at a time: the rate-limit hits are
 * a statement each, the account is read in a short transaction, and bcrypt runs after it has
 * released its connection. Many parallel logins therefore never wait on the pool for long, and
 * never while holding a connection.
 */
@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);

    /**
     * Compared against when the e-mail is unknown, so that both failures cost one bcrypt check.
     * Made on first use: bcrypt in a cold JVM would add about 0.4 s to start-up.
     */
    private static final class Dummy {
        static final String HASH = BcryptUtil.bcryptHash("kiosque-timing-equalizer");
    }

    private final UserAccountRepository users;
    private final AuthConfig config;
    private final JwtKeys keys;
    private final RateLimiter limiter;
    private final RateLimit perAccount;
    private final RateLimit perClient;

    UserService(UserAccountRepository users, AuthConfig config, JwtKeys keys, RateLimiter limiter, LoginConfig login) {
        this.users = users;
        this.config = config;
        this.keys = keys;
        this.limiter = limiter;
        this.perAccount = new RateLimit("login-account", login.maxAttemptsPerAccount(), login.window());
        this.perClient = new RateLimit("login-client", login.maxAttemptsPerClient(), login.window());
    }

    // ---- logging in -----------------------------------------------------------------------

    /**
     * Checks the password and issues a token. Every attempt counts against two limits
     * ({@link LoginConfig}): the client's, whatever the account, and the account's from this
     * client, which a successful login resets. Past either, 429.
     *
     * @param client the client's address ({@code ClientAddress})
     */
    public TokenResponse issueToken(String email, String password, String client) {
        String accountFromClient = email.strip().toLowerCase(Locale.ROOT) + " " + client;
        limiter.enforce(perClient, client, "Trop de tentatives de connexion depuis votre adresse.");
        limiter.enforce(perAccount, accountFromClient, "Trop de tentatives de connexion pour ce compte depuis votre adresse.");
        LoginCandidate candidate = QuarkusTransaction.joiningExisting()
                .call(() -> users.findByEmail(email).map(LoginCandidate::of).orElse(null));
        boolean passwordMatches = BcryptUtil.matches(password, candidate != null ? candidate.passwordHash() : Dummy.HASH);
        if (candidate == null || !passwordMatches || !candidate.enabled()) {
            LOG.debug("Failed login");
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS, "E-mail ou mot de passe incorrect.", null,
                    Map.of("WWW-Authenticate", "Bearer"));
        }
        limiter.reset(perAccount, accountFromClient);
        long lifetime = config.tokenLifetime().toSeconds();
        String token = keys.sign(Jwt.issuer(config.issuer())
                .subject(String.valueOf(candidate.id()))
                .upn(candidate.email())
                .groups(Set.copyOf(candidate.roles()))
                .claim("name", candidate.displayName())
                .claim(AccountStateAugmentor.CREDENTIAL_VERSION_CLAIM, candidate.credentialVersion())
                .expiresIn(lifetime));
        return new TokenResponse(token, "Bearer", lifetime);
    }

    /** What a login needs of an account, read in a short transaction and used after it. */
    private record LoginCandidate(long id, String email, String passwordHash, boolean enabled, List<String> roles,
            String displayName, int credentialVersion) {

        static LoginCandidate of(UserAccount account) {
            return new LoginCandidate(account.id, account.email, account.passwordHash, account.enabled,
                    List.copyOf(account.roles), account.displayName, account.credentialVersion);
        }
    }

    /**
     * The roles of an enabled account whose credential version is still {@code credentialVersion};
     * empty when it is disabled, gone, or its credentials changed since.
     */
    @Transactional
    Optional<Set<String>> activeRoles(long id, long credentialVersion) {
        return users.findByIdOptional(id)
                .filter(account -> account.enabled && account.credentialVersion == credentialVersion)
                .map(account -> Set.copyOf(account.roles));
    }

    @Transactional
    boolean anyEnabledAdmin() {
        return users.anyEnabledAdmin();
    }

    // ---- accounts -------------------------------------------------------------------------

    @Transactional
    public Page<UserResponse> list(PageRequest page) {
        List<UserResponse> items = users.findAll(Sort.by("email").and("id")).page(page.number() - 1, page.size())
                .list().stream().map(UserService::toResponse).toList();
        return Page.of(items, page, users.count());
    }

    @Transactional
    public UserResponse get(long id) {
        return toResponse(find(id));
    }

    @Transactional
    public UserResponse create(UserRequest request) {
        return toResponse(create(request.email(), request.password(), request.displayName(), request.roles()));
    }

    UserAccount create(String email, String password, String displayName, List<String> roles) {
        if (users.emailTaken(email, null)) {
            throw ProblemException.conflict("Un compte existe déjà pour cette adresse e-mail.");
        }
        UserAccount account = new UserAccount();
        account.email = email.strip();
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.displayName = displayName.strip();
        account.roles = checkedRoles(roles);
        users.persistAndFlush(account);
        LOG.infof("Account %d created with roles %s", account.id, account.roles);
        return account;
    }

    @Transactional
    public UserResponse update(long id, String ifMatch, UserUpdateRequest request) {
        users.lockAdminChanges();
        UserAccount account = find(id);
        Preconditions.requireMatch(ifMatch, account.version);
        if (users.emailTaken(request.email(), id)) {
            throw ProblemException.conflict("Un compte existe déjà pour cette adresse e-mail.");
        }
        List<String> roles = checkedRoles(request.roles());
        boolean enabled = request.enabled() == null || request.enabled();
        if (isActiveAdmin(account) && (!enabled || !roles.contains(Roles.ADMIN))
                && users.countOtherEnabledAdmins(id) == 0) {
            throw ProblemException.conflict("C'est le dernier administrateur actif : il doit le rester.");
        }
        // the tokens issued before a change of credentials or rights stop working
        boolean revoke = request.password() != null
                || !account.email.equalsIgnoreCase(request.email().strip())
                || !new TreeSet<>(account.roles).equals(new TreeSet<>(roles))
                || (account.enabled && !enabled);
        account.email = request.email().strip();
        account.displayName = request.displayName().strip();
        account.roles = roles;
        account.enabled = enabled;
        if (request.password() != null) {
            account.passwordHash = BcryptUtil.bcryptHash(request.password());
        }
        if (revoke) {
            account.credentialVersion++;
            LOG.infof("Account %d changed: the tokens issued before are revoked", id);
        }
        users.flush();
        return toResponse(account);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        users.lockAdminChanges();
        UserAccount account = find(id);
        Preconditions.requireMatch(ifMatch, account.version);
        if (isActiveAdmin(account) && users.countOtherEnabledAdmins(id) == 0) {
            throw ProblemException.conflict("C'est le dernier administrateur actif : il ne peut pas être supprimé.");
        }
        users.delete(account);
        LOG.infof("Account %d deleted", id);
    }

    /** Creates the first admin when none exists; safe when several instances start at once. */
    @Transactional
    public boolean bootstrapAdmin(String email, String password) {
        users.lockAdminChanges();
        if (users.anyEnabledAdmin()) {
            return false;
        }
        if (users.findByEmail(email).isPresent()) {
            LOG.warnf("No enabled admin exists, but an account already uses KIOSQUE_ADMIN_EMAIL: not changing it");
            return false;
        }
        create(email, password, "Administrateur", List.of(Roles.ADMIN));
        return true;
    }

    private static boolean isActiveAdmin(UserAccount account) {
        return account.enabled && account.roles.contains(Roles.ADMIN);
    }

    private static List<String> checkedRoles(List<String> roles) {
        Set<String> result = new TreeSet<>();
        for (String role : roles) {
            String normalized = role.strip().toLowerCase(Locale.ROOT);
            if (!Roles.ALL.contains(normalized)) {
                throw ProblemException.invalidField("roles",
                        "rôle inconnu « " + role + " » ; rôles possibles : admin, editor, moderator, recruiter");
            }
            result.add(normalized);
        }
        return new ArrayList<>(result);
    }

    private UserAccount find(long id) {
        return users.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Aucun compte n'a l'identifiant " + id + "."));
    }

    private static UserResponse toResponse(UserAccount a) {
        return new UserResponse(a.id, a.email, a.displayName, List.copyOf(a.roles), a.enabled, a.createdAt, a.updatedAt,
                a.version);
    }
}
