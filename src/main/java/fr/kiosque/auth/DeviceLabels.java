package fr.kiosque.auth;

import java.util.Locale;

/** A short, readable label for a session's device, from the User-Agent of its login ("Firefox sur Linux"). */
final class DeviceLabels {

    static final int MAX_LENGTH = 120;

    private DeviceLabels() {
    }

    static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Appareil inconnu";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser = ua.contains("edg/") ? "Edge"
                : ua.contains("opr/") || ua.contains("opera") ? "Opera"
                : ua.contains("firefox/") ? "Firefox"
                : ua.contains("chrome/") || ua.contains("crios/") ? "Chrome"
                : ua.contains("safari/") ? "Safari"
                : null;
        String system = ua.contains("android") ? "Android"
                : ua.contains("iphone") || ua.contains("ipad") ? "iOS"
                : ua.contains("windows") ? "Windows"
                : ua.contains("mac os x") || ua.contains("macintosh") ? "macOS"
                : ua.contains("linux") ? "Linux"
                : null;
        if (browser != null) {
            return system != null ? browser + " sur " + system : browser;
        }
        // an app or a tool: its own first word ("okhttp/4.12", "curl/8.5.0"), printable characters only
        String first = userAgent.strip().split("\\s+")[0].replaceAll("[^\\x20-\\x7E]", "");
        String label = system != null ? first + " sur " + system : first;
        return label.isEmpty() ? "Appareil inconnu" : label.length() > MAX_LENGTH ? label.substring(0, MAX_LENGTH) : label;
    }
}
