package fr.kiosque.auth;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class UserAccountRepository implements PanacheRepository<UserAccount> {

    Optional<UserAccount> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email.strip()).firstResultOptional();
    }

    boolean emailTaken(String email, Long exceptId) {
        return count("lower(email) = lower(?1) and id <> ?2", email.strip(), exceptId == null ? -1L : exceptId) > 0;
    }

    /** Enabled admins other than this account. */
    long countOtherEnabledAdmins(Long exceptId) {
        Object count = getEntityManager().createNativeQuery(
                "select count(*) from user_account where enabled and 'admin' = any(roles) and id <> ?1")
                .setParameter(1, exceptId == null ? -1L : exceptId)
                .getSingleResult();
        return ((Number) count).longValue();
    }

    boolean anyEnabledAdmin() {
        return countOtherEnabledAdmins(null) > 0;
    }

    /**
     * Serializes changes that decide how many enabled admins remain (the bootstrap, demoting,
     * disabling, deleting) across transactions and instances, until the transaction ends.
     */
    void lockAdminChanges() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(7240001)").getSingleResult();
    }
}
