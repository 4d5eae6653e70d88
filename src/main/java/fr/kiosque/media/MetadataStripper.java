package fr.kiosque.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An image file with every metadata block removed, read at the level of its container (no pixel
 * is decoded): EXIF (GPS positions, camera serial numbers), XMP, IPTC/Photoshop, comments, JFIF
 * thumbnails and anything after the image's end (polyglots). The colour profile and what the
 * pixels need are kept. The EXIF orientation is read on the way, since it goes with the EXIF.
 * A file whose structure is cut short or broken is refused ({@link CorruptImage}): a truncated
 * upload never reaches a decoder that would fill the missing part with grey.
 */
final class MetadataStripper {

    /** A file's bytes without metadata, and its EXIF orientation (1 to 8, 1 when none). */
    record Cleaned(byte[] bytes, int orientation) {
    }

    /** The file's structure is broken or cut short. */
    static final class CorruptImage extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptImage(String message) {
            super(message, null, false, false);
        }
    }

    private MetadataStripper() {
    }

    static Cleaned strip(ImageFormat format, byte[] data) throws CorruptImage {
        try {
            return switch (format) {
                case JPEG -> jpeg(data);
                case PNG -> png(data);
                case WEBP -> webp(data);
                case GIF -> gif(data);
            };
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new CorruptImage(format + ": cut short");
        }
    }

    private static Cleaned jpeg(byte[] d) throws CorruptImage {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        out.write(0xFF);
        out.write(0xD8);
        int orientation = 1;
        int pos = 2;
        while (true) {
            if (pos + 1 >= d.length) {
                throw new CorruptImage("JPEG: no end of image");
            }
            if ((d[pos] & 0xFF) != 0xFF) {
                throw new CorruptImage("JPEG: no marker at " + pos);
            }
            while ((d[pos + 1] & 0xFF) == 0xFF) {
                pos++; // fill bytes
                if (pos + 1 >= d.length) {
                    throw new CorruptImage("JPEG: no end of image");
                }
            }
            int marker = d[pos + 1] & 0xFF;
            if (marker == 0xD9) {
                out.write(0xFF);
                out.write(0xD9);
                return new Cleaned(out.toByteArray(), orientation);
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(d, pos, 2);
                pos += 2;
                continue;
            }
            int length = u16be(d, pos + 2);
            int end = pos + 2 + length;
            if (length < 2 || end > d.length) {
                throw new CorruptImage("JPEG: segment cut short");
            }
            boolean keep = switch (marker) {
                case 0xE0 -> startsWith(d, pos + 4, end, "JFIF\0"); // not JFXX: a thumbnail of the uncropped picture
                case 0xE1 -> {
                    if (startsWith(d, pos + 4, end, "Exif\0\0")) {
                        orientation = tiffOrientation(d, pos + 10, end);
                    }
                    yield false;
                }
                case 0xE2 -> startsWith(d, pos + 4, end, "ICC_PROFILE\0");
                case 0xEE -> true; // Adobe: how the components are coded (CMYK, YCCK)
                case 0xFE -> false; // comment
                default -> marker < 0xE0 || marker > 0xEF; // tables, frame and scan headers: APP3..APP15 others go
            };
            if (keep) {
                out.write(d, pos, end - pos);
            }
            pos = end;
            if (marker == 0xDA) {
                int scan = pos;
                while (true) {
                    if (pos + 1 >= d.length) {
                        throw new CorruptImage("JPEG: scan cut short");
                    }
                    if ((d[pos] & 0xFF) == 0xFF) {
                        int next = d[pos + 1] & 0xFF;
                        if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                            break;
                        }
                    }
                    pos++;
                }
                out.write(d, scan, pos - scan);
            }
        }
    }

    private static final java.util.Set<String> PNG_KEPT = java.util.Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM",
            "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");

    private static Cleaned png(byte[] d) throws CorruptImage {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        out.write(d, 0, 8);
        int orientation = 1;
        int pos = 8;
        boolean header = false;
        while (pos + 8 <= d.length) {
            long length = u32be(d, pos);
            if (length > d.length - pos - 12L) {
                throw new CorruptImage("PNG: chunk cut short");
            }
            String type = new String(d, pos + 4, 4, StandardCharsets.ISO_8859_1);
            int end = pos + 12 + (int) length;
            if (!header && !type.equals("IHDR")) {
                throw new CorruptImage("PNG: no header");
            }
            header = true;
            if (type.equals("eXIf")) {
                orientation = tiffOrientation(d, pos + 8, end - 4);
            }
            if (PNG_KEPT.contains(type)) {
                out.write(d, pos, end - pos);
            }
            if (type.equals("IEND")) {
                return new Cleaned(out.toByteArray(), orientation);
            }
            pos = end;
        }
        throw new CorruptImage("PNG: no end chunk");
    }

    private static Cleaned webp(byte[] d) throws CorruptImage {
        long riff = u32le(d, 4);
        if (riff < 4 || riff + 8 > d.length) {
            throw new CorruptImage("WebP: cut short");
        }
        int limit = (int) riff + 8;
        ByteArrayOutputStream out = new ByteArrayOutputStream(limit);
        out.write(d, 0, 12);
        int orientation = 1;
        int pos = 12;
        boolean image = false;
        while (pos + 8 <= limit) {
            String type = new String(d, pos, 4, StandardCharsets.ISO_8859_1);
            long size = u32le(d, pos + 4);
            long padded = size + (size & 1);
            if (size > limit - pos - 8L) {
                throw new CorruptImage("WebP: chunk cut short");
            }
            int end = (int) Math.min(limit, pos + 8 + padded);
            switch (type) {
                case "EXIF" -> {
                    int tiff = startsWith(d, pos + 8, end, "Exif\0\0") ? pos + 14 : pos + 8;
                    orientation = tiffOrientation(d, tiff, pos + 8 + (int) size);
                }
                case "XMP " -> {
                    // dropped
                }
                case "VP8X" -> {
                    int at = out.size();
                    out.write(d, pos, end - pos);
                    byte[] so = out.toByteArray();
                    so[at + 8] &= (byte) ~0x0C; // the EXIF and XMP flags
                    out.reset();
                    out.write(so, 0, so.length);
                }
                default -> {
                    image |= type.equals("VP8 ") || type.equals("VP8L") || type.equals("ANIM");
                    out.write(d, pos, end - pos);
                }
            }
            pos = end;
        }
        if (!image) {
            throw new CorruptImage("WebP: no image data");
        }
        byte[] bytes = out.toByteArray();
        int size = bytes.length - 8;
        bytes[4] = (byte) size;
        bytes[5] = (byte) (size >>> 8);
        bytes[6] = (byte) (size >>> 16);
        bytes[7] = (byte) (size >>> 24);
        return new Cleaned(bytes, orientation);
    }

    private static Cleaned gif(byte[] d) throws CorruptImage {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        int packed = d[10] & 0xFF;
        int pos = 13 + ((packed & 0x80) != 0 ? 3 * (1 << ((packed & 7) + 1)) : 0);
        if (pos > d.length) {
            throw new CorruptImage("GIF: cut short");
        }
        out.write(d, 0, pos);
        while (pos < d.length) {
            int block = d[pos] & 0xFF;
            if (block == 0x3B) {
                out.write(0x3B);
                return new Cleaned(out.toByteArray(), 1);
            }
            int start = pos;
            boolean keep;
            if (block == 0x2C) {
                int imagePacked = d[pos + 9] & 0xFF;
                pos += 10 + ((imagePacked & 0x80) != 0 ? 3 * (1 << ((imagePacked & 7) + 1)) : 0) + 1;
                keep = true;
            } else if (block == 0x21) {
                int label = d[pos + 1] & 0xFF;
                keep = label == 0xF9 || label == 0x01 || (label == 0xFF && (startsWith(d, pos + 3, d.length, "NETSCAPE2.0")
                        || startsWith(d, pos + 3, d.length, "ANIMEXTS1.0")));
                pos += 2;
            } else {
                throw new CorruptImage("GIF: unknown block");
            }
            pos = subBlocks(d, pos);
            if (keep) {
                out.write(d, start, pos - start);
            }
        }
        throw new CorruptImage("GIF: no trailer");
    }

    private static int subBlocks(byte[] d, int pos) throws CorruptImage {
        while (true) {
            if (pos >= d.length) {
                throw new CorruptImage("GIF: cut short");
            }
            int size = d[pos] & 0xFF;
            pos += 1 + size;
            if (size == 0) {
                return pos;
            }
        }
    }

    /** The orientation tag (0x0112) of a TIFF structure's first directory; 1 when absent or unreadable. */
    static int tiffOrientation(byte[] d, int tiff, int end) {
        try {
            if (tiff + 8 > end) {
                return 1;
            }
            boolean little = d[tiff] == 'I' && d[tiff + 1] == 'I';
            if (!little && !(d[tiff] == 'M' && d[tiff + 1] == 'M')) {
                return 1;
            }
            long ifd = little ? u32le(d, tiff + 4) : u32be(d, tiff + 4);
            int dir = tiff + (int) ifd;
            if (ifd < 8 || dir + 2 > end) {
                return 1;
            }
            int count = little ? u16le(d, dir) : u16be(d, dir);
            for (int i = 0; i < count; i++) {
                int entry = dir + 2 + 12 * i;
                if (entry + 12 > end) {
                    return 1;
                }
                int tag = little ? u16le(d, entry) : u16be(d, entry);
                if (tag == 0x0112) {
                    int value = little ? u16le(d, entry + 8) : u16be(d, entry + 8);
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
            return 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            return 1;
        }
    }

    private static boolean startsWith(byte[] d, int at, int end, String prefix) {
        if (at + prefix.length() > end) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (d[at + i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16be(byte[] d, int at) {
        return (d[at] & 0xFF) << 8 | (d[at + 1] & 0xFF);
    }

    private static int u16le(byte[] d, int at) {
        return (d[at + 1] & 0xFF) << 8 | (d[at] & 0xFF);
    }

    private static long u32be(byte[] d, int at) {
        return ((long) u16be(d, at) << 16) | u16be(d, at + 2);
    }

    private static long u32le(byte[] d, int at) {
        return ((long) u16le(d, at + 2) << 16) | u16le(d, at);
    }
}
