package fr.kiosque.common.http.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/** Strong ETags and {@code If-None-Match} matching (RFC 9110), shared by the filter and the cache. */
public final class HttpCaching {

    private HttpCaching() {
    }

    /** A strong entity tag, quoted: the first 128 bits of the body's SHA-256. */
    /**
     * The {@code Vary} of every public answer: a cache hit may be gzipped, and the CORS headers
     * depend on the {@code Origin} (a shared cache must not give one origin's answer to another).
     */
    public static final String VARY = "Accept-Encoding, Origin";

    public static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match uses the weak comparison: {@code W/"x"} matches {@code "x"}; {@code *} matches anything. */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a request's {@code If-Modified-Since} says the client's copy is current (RFC 9110
     * 13.1.3): only when the request has no {@code If-None-Match} (which takes precedence), the
     * answer has a {@code Last-Modified}, and both are valid HTTP dates; an invalid date is ignored.
     * Feed readers that keep only {@code Last-Modified} revalidate with it.
     */
    public static boolean notModifiedSince(String ifNoneMatch, String ifModifiedSince, String lastModified) {
        if (ifNoneMatch != null || ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            ZonedDateTime since = ZonedDateTime.parse(ifModifiedSince.strip(),
                    DateTimeFormatter.RFC_1123_DATE_TIME);
            ZonedDateTime modified = ZonedDateTime.parse(lastModified.strip(),
                    DateTimeFormatter.RFC_1123_DATE_TIME);
            return !modified.toInstant().isAfter(since.toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The ETag of the gzip representation of the answer whose ETag is {@code etag}. */
    public static String gzipEtag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    /** Whether {@code Accept-Encoding} allows gzip ({@code gzip}, {@code *}, without {@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("*")) {
                for (int i = 1; i < pieces.length; i++) {
                    String parameter = pieces[i].strip().replace(" ", "");
                    if (parameter.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The body gzipped, when it is text of 1 KB or more and gzip makes it at least 10 % smaller;
     * else null (answered as it is).
     */
    static byte[] gzip(byte[] body, String contentType) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        boolean text = type.contains("json") || type.contains("xml") || type.startsWith("text/");
        if (!text || body.length < 1024) {
            return null;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4);
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out, 8192)) {
            gzip.write(body);
        } catch (java.io.IOException e) {
            return null;
        }
        byte[] zipped = out.toByteArray();
        return worthKeeping(body.length, zipped.length) ? zipped : null;
    }

    /** Whether a gzipped copy is worth answering: a body of 1 KB or more that gzip makes at least 10 % smaller. */
    public static boolean worthKeeping(int plainLength, int gzippedLength) {
        return plainLength >= 1024 && gzippedLength <= plainLength * 0.9;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether the client accepts the stored media type. Anything not plainly acceptable goes to
     * JAX-RS, which negotiates (and answers 406 where it must).
     */
    static boolean acceptable(String accept, String contentType) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String stored = mediaTypeOnly(contentType);
        String storedMajor = stored.substring(0, Math.max(stored.indexOf('/'), 0));
        for (String range : accept.split(",")) {
            String value = mediaTypeOnly(range);
            if (range.contains("q=0") && !range.matches(".*q=0\\.\\d*[1-9].*")) {
                continue; // q=0 means "not this one"
            }
            if (value.equals("*/*") || value.equals(stored) || value.equals(storedMajor + "/*") || suffixAccepts(value, stored)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A client that takes XML (or JSON) takes the types built on it (RFC 6839 suffixes): a feed
     * reader asking for {@code application/xml} gets the {@code application/rss+xml} feed.
     */
    static boolean suffixAccepts(String range, String stored) {
        return stored.endsWith("+xml") && (range.equals("application/xml") || range.equals("text/xml"))
                || stored.endsWith("+json") && range.equals("application/json");
    }

    private static String mediaTypeOnly(String value) {
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
    }
}
