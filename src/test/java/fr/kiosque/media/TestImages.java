package fr.kiosque.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Images made by the tests: photos with GPS positions in their EXIF, transparent PNGs, WebP, and hostile files. */
final class TestImages {

    /** A text planted in every metadata block, that no served file may contain. */
    static final String SECRET = "GPS-SECRET-48.8566N";

    private TestImages() {
    }

    static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, alpha ? new Color(200, 30, 30, 0) : new Color(200, 30, 30), width, height,
                new Color(30, 30, 200)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG with an EXIF block (orientation, GPS position, camera serial), an XMP block and a comment. */
    static byte[] jpegWithGps(int width, int height, int orientation) {
        byte[] jpeg = encode(picture(width, height, false), "jpg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff(orientation)));
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude=\"" + SECRET
                + "\"/></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        segment(out, 0xED, ("Photoshop 3.0\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        segment(out, 0xFE, ("Comment " + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A little-endian TIFF structure: IFD0 with the orientation, a camera serial and a GPS IFD with a latitude. */
    static byte[] tiff(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) 3);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(8 + 2 + 3 * 12 + 4);
        b.putShort((short) 0xA431).putShort((short) 2).putInt(20).putInt(8 + 2 + 3 * 12 + 4 + 2 + 12 + 4);
        b.putInt(0);
        b.putShort((short) 1);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        b.putInt(0);
        b.put(SECRET.substring(0, 19).getBytes(StandardCharsets.ISO_8859_1)).put((byte) 0);
        return Arrays.copyOf(b.array(), b.position());
    }

    /** A PNG with transparency and a text chunk. */
    static byte[] pngWithAlpha(int width, int height) {
        byte[] png = encode(picture(width, height, true), "png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature and IHDR
        chunk(out, "tEXt", ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "eXIf", tiff(1));
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    static byte[] webp(int width, int height) {
        return encode(picture(width, height, false), "webp");
    }

    /** A PNG of a few hundred bytes whose header declares width × height. */
    static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01 });
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    static byte[] truncated(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    /** Whether a file still carries a planted secret or a metadata block's signature. */
    static boolean hasMetadata(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        return text.contains(SECRET) || text.contains("Exif\0") || text.contains("ns.adobe.com/xap") || text.contains("Photoshop 3.0")
                || text.contains("tEXt") || text.contains("eXIf") || text.contains("iTXt") || text.contains("XMP ");
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        int length = data.length + 2;
        out.write(length >>> 8);
        out.write(length & 0xFF);
        out.writeBytes(data);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
