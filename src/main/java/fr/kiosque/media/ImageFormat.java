package fr.kiosque.media;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The image types the library takes, recognized by their first bytes (never by name or declared type). */
enum ImageFormat {

    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    GIF("image/gif", "gif");

    /** Bytes {@link #sniff} needs. */
    static final int HEAD = 12;

    final String mediaType;
    final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format whose signature the file starts with; empty for anything else (SVG, HTML, PDF...). */
    static Optional<ImageFormat> sniff(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (length >= 8 && (head[0] & 0xFF) == 0x89 && ascii(head, 1, 3).equals("PNG") && head[4] == 0x0D && head[5] == 0x0A
                && head[6] == 0x1A && head[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (length >= 6 && (ascii(head, 0, 6).equals("GIF87a") || ascii(head, 0, 6).equals("GIF89a"))) {
            return Optional.of(GIF);
        }
        return Optional.empty();
    }

    /** The format of a stored file's extension. */
    static Optional<ImageFormat> ofExtension(String extension) {
        for (ImageFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
