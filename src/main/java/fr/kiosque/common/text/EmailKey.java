package fr.kiosque.common.text;

import java.util.Locale;

/**
 * The key under which per-e-mail rules count an address: rate limits (comments, CVs) and the
 * comment duplicate check. {@code Eva+news@Example.org}, {@code eva+1@example.org} and
 * {@code EVA@example.org} reach one mailbox at the providers readers use, so they are one key,
 * {@code eva@example.org}: lower case, and the local part without its {@code +tag}.
 * <p>
 * Only the key is folded: what the person typed is what Kiosque stores and shows. The rule is the
 * widespread sub-addressing convention and no provider's own (dots are left alone: they matter
 * outside Gmail). A local part that starts with {@code +} or is quoted is kept whole.
 */
public final class EmailKey {

    private EmailKey() {
    }

    /** The key of a typed address; {@code null} stays {@code null}. Pure: no I/O, no configuration. */
    public static String of(String typed) {
        if (typed == null) {
            return null;
        }
        String address = typed.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        int plus = address.indexOf('+');
        if (at <= 0 || plus <= 0 || plus > at || address.charAt(0) == '"') {
            return address;
        }
        return address.substring(0, plus) + address.substring(at);
    }
}
