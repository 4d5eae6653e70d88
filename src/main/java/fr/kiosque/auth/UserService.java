package fr.kiosque.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.auth.api.AuthDtos.UserRequest;
import fr.kiosque.auth.api.AuthDtos.UserResponse;
import fr.kiosque.auth.api.AuthDtos.UserUpdateRequest;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.security.Roles;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;

/**
 * Staff accounts, managed by admins. Passwords are bcrypt hashes. Logging in is {@link Logins}.
 */
@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);

    @Inject UserAccountRepository users;
    @Inject StaffSessions sessions;

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
        if (request.password() != null || !enabled) {
            // a new password or a disabled account: its sessions end too (their refresh tokens stop working)
            sessions.endAll(id, null, enabled ? StaffSessions.ENDED_BY_PASSWORD_CHANGE : StaffSessions.ENDED_BY_ACCOUNT);
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
