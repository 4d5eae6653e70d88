package fr.kiosque.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may target: http or https only, with a host, and (unless private targets
 * are allowed) a host whose every address is public: no loopback, private (RFC 1918, IPv6 ULA),
 * link-local (cloud metadata services), carrier-grade NAT, multicast, unspecified or reserved
 * address, nor an IPv6 address that carries one of those IPv4 addresses (IPv4-mapped and
 * -compatible, NAT64, 6to4, Teredo). Checked when an endpoint is registered and again before each
 * send, as DNS answers change; at send time the connection goes to an address this check
 * resolved and accepted ({@link #target}), never to a second resolution of the name.
 */
final class UrlGuard {

    /** Resolves a host name; replaced in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final Resolver DNS = InetAddress::getAllByName;

    /**
     * Where a delivery goes: the host as the URL names it (for the {@code Host} header, TLS server
     * name and certificate check), the port, the path and query, and the addresses the host
     * resolved to, every one accepted: the connection goes to the first.
     */
    record Target(String host, int port, boolean tls, String hostHeader, String requestUri, List<InetAddress> addresses) {

        InetAddress address() {
            return addresses.get(0);
        }
    }

    /** A URL refused (why), or accepted with its target. */
    record Checked(String refusal, Target target) {

        static Checked refused(String why) {
            return new Checked(why, null);
        }

        boolean isRefused() {
            return refusal != null;
        }
    }

    private UrlGuard() {
    }

    /**
     * Why this URL may not be registered, or empty when it may be. With private targets allowed,
     * the host is not resolved (it may not exist yet).
     */
    static Optional<String> refusal(String url, boolean allowPrivate, Resolver resolver) {
        Parsed parsed = parse(url);
        if (parsed.refusal() != null) {
            return Optional.of(parsed.refusal());
        }
        return allowPrivate ? Optional.empty() : Optional.ofNullable(resolve(parsed, false, resolver).refusal());
    }

    /**
     * The URL's target at send time: the host resolved once, every address checked (unless
     * private targets are allowed); the caller connects to {@link Target#address()}.
     */
    static Checked target(String url, boolean allowPrivate, Resolver resolver) {
        Parsed parsed = parse(url);
        return parsed.refusal() != null ? Checked.refused(parsed.refusal()) : resolve(parsed, allowPrivate, resolver);
    }

    private record Parsed(String refusal, URI uri, String host) {
    }

    private static Parsed parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new Parsed("URL illisible", null, null);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Parsed("seules les URL http et https sont acceptées", null, null);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return new Parsed("l'URL doit nommer un hôte", null, null);
        }
        if (uri.getUserInfo() != null) {
            return new Parsed("l'URL ne doit pas contenir d'identifiants", null, null);
        }
        return new Parsed(null, uri, host);
    }

    private static Checked resolve(Parsed parsed, boolean allowPrivate, Resolver resolver) {
        String host = parsed.host();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Checked.refused("l'hôte « " + host + " » est introuvable");
        }
        if (addresses == null || addresses.length == 0) {
            return Checked.refused("l'hôte « " + host + " » est introuvable");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    return Checked.refused("l'hôte « " + host + " » désigne une adresse privée, locale ou réservée");
                }
            }
        }
        URI uri = parsed.uri();
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String requestUri = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String hostHeader = uri.getPort() >= 0 ? host + ":" + uri.getPort() : host;
        return new Checked(null, new Target(bare, port, tls, hostHeader, requestUri, List.of(addresses)));
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
            if (startsWith(b, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01)) {
                return false; // local-use NAT64 64:ff9b:1::/48 (RFC 8215): translated to whatever the operator routes
            }
            for (byte[] ipv4 : embeddedIpv4(b)) {
                if (!isPublic(ipv4(ipv4))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The IPv4 addresses an IPv6 address leads to, where its form says so: IPv4-mapped
     * ({@code ::ffff:a.b.c.d}), IPv4-translated ({@code ::ffff:0:a.b.c.d}), IPv4-compatible
     * ({@code ::a.b.c.d}), NAT64 with the well-known prefix ({@code 64:ff9b::a.b.c.d}, RFC 6052: a
     * DNS64 resolver answers such addresses for IPv4-only names), 6to4 ({@code 2002:AABB:CCDD::/48},
     * RFC 3056) and Teredo ({@code 2001:0:SSSS:SSSS:…:CCCC:CCCC}, RFC 4380: the server, and the client
     * inverted bit by bit).
     */
    static List<byte[]> embeddedIpv4(byte[] b) {
        if (b.length != 16) {
            return List.of();
        }
        boolean zero80 = zeros(b, 0, 10);
        if (zero80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return List.of(slice(b, 12)); // mapped
        }
        if (zeros(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && b[10] == 0 && b[11] == 0) {
            return List.of(slice(b, 12)); // translated (SIIT)
        }
        if (zero80 && b[10] == 0 && b[11] == 0) {
            return List.of(slice(b, 12)); // compatible (:: and ::1 are refused before)
        }
        if (startsWith(b, 0x00, 0x64, 0xff, 0x9b) && zeros(b, 4, 12)) {
            return List.of(slice(b, 12)); // NAT64, well-known prefix 64:ff9b::/96
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return List.of(slice(b, 2)); // 6to4
        }
        if (startsWith(b, 0x20, 0x01, 0x00, 0x00)) {
            byte[] client = slice(b, 12);
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~client[i];
            }
            return List.of(slice(b, 4), client); // Teredo: server, client
        }
        return List.of();
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e); // four bytes are always an address
        }
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] { b[from], b[from + 1], b[from + 2], b[from + 3] };
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
