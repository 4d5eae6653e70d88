package fr.kiosque.auth;

import java.util.List;

/** What logging in, refreshing and the "me" routes need of an account, read in a short transaction and used after it. */
record AccountSnapshot(long id, String email, String passwordHash, boolean enabled, List<String> roles, String displayName,
        int credentialVersion) {

    static AccountSnapshot of(UserAccount account) {
        return new AccountSnapshot(account.id, account.email, account.passwordHash, account.enabled, List.copyOf(account.roles),
                account.displayName, account.credentialVersion);
    }
}
