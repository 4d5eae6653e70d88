package fr.kiosque.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may target: http or https only, with a host, and (unless private targets
 * are allowed) a host whose every address is public: no loopback, private (RFC 1918, IPv6 ULA),
 * link-local (cloud metadata services), carrier-grade NAT, multicast or unspecified address.
 * Checked when an endpoint is registered and again before each send, as DNS answers change.
 */
final class UrlGuard {

    /** Resolves a host name; replaced in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final Resolver DNS = InetAddress::getAllByName;

    private UrlGuard() {
    }

    /** Why this URL is refused, or empty when it may be used. */
    static Optional<String> refusal(String url, boolean allowPrivate, Resolver resolver) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("URL illisible");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("seules les URL http et https sont acceptées");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("l'URL doit nommer un hôte");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("l'URL ne doit pas contenir d'identifiants");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("l'hôte « " + host + " » est introuvable");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("l'hôte « " + host + " » désigne une adresse privée, locale ou réservée");
            }
        }
        return addresses.length == 0 ? Optional.of("l'hôte « " + host + " » est introuvable") : Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            boolean mappedV4 = true;
            for (int i = 0; i < 10; i++) {
                mappedV4 &= b[i] == 0;
            }
            if (mappedV4 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
