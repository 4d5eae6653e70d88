package fr.kiosque.common.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Who is calling, for rate limits: the address of the connection as Quarkus reports it. Behind a
 * reverse proxy, set {@code quarkus.http.proxy.proxy-address-forwarding} and
 * {@code quarkus.http.proxy.allow-x-forwarded} (with {@code trusted-proxies}) so that it is the
 * client's address from {@code X-Forwarded-For} rather than the proxy's; a header that Quarkus is
 * not told to trust is ignored, so a client cannot pick its own address.
 * <p>
 * An IPv6 client counts as its /64 network: one subscriber line usually holds a whole /64, and
 * counting each address apart would let one client spread over billions of them.
 */
public final class ClientAddress {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress remote = request == null ? null : request.remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        String host = remote.hostAddress() != null ? remote.hostAddress() : remote.host();
        return host == null || host.isBlank() ? "unknown" : network(host);
    }

    /** The address itself for IPv4, its /64 network for IPv6. */
    static String network(String address) {
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (literal.indexOf(':') < 0 || !IPV6_LITERAL.matcher(literal).matches()) {
            return address;
        }
        try {
            // an IPv6 literal (checked above): parsed without any name lookup
            InetAddress parsed = InetAddress.getByName(literal);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = Arrays.copyOf(parsed.getAddress(), 16);
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException | IllegalArgumentException e) {
            return address;
        }
    }
}
