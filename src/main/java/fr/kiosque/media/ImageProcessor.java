package fr.kiosque.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import fr.kiosque.media.MetadataStripper.CorruptImage;

/**
 * Reads and writes the pixels: an image's dimensions from its header alone ({@link #probe}), and
 * its variants ({@link #variants}): decoded once, subsampled while decoding down to the largest
 * variant needed, turned upright (EXIF orientation), converted to sRGB, scaled down in halving
 * steps, written as WebP and in the original's family (PNG where there is transparency or the
 * original is a PNG or GIF, JPEG otherwise), with no metadata. Readers are chosen here, not by
 * ImageIO's registry: TwelveMonkeys for JPEG (CMYK, broken ICC profiles) and WebP (pure Java), the
 * JDK's for PNG and GIF; libwebp (webp-imageio) writes WebP. Animated images give their first frame.
 */
final class ImageProcessor {

    /** Width and height as stored in the file (before orientation). */
    record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    /** One variant: its displayed dimensions, format and bytes. */
    record Variant(int width, int height, ImageFormat format, byte[] bytes) {
    }

    private ImageProcessor() {
    }

    /** The dimensions the file's header declares, without decoding any pixel. */
    static Size probe(ImageFormat format, Path file) throws CorruptImage {
        ImageReader reader = reader(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            return new Size(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            throw new CorruptImage(format + ": unreadable header");
        } finally {
            reader.dispose();
        }
    }

    /** The widths of the variants of an image {@code displayedWidth} wide: those not wider, or its own width alone. */
    static List<Integer> widthsFor(int displayedWidth, List<Integer> configured) {
        List<Integer> widths = configured.stream().filter(w -> w <= displayedWidth).distinct().sorted().toList();
        return widths.isEmpty() ? List.of(displayedWidth) : widths;
    }

    static List<Variant> variants(ImageFormat format, byte[] cleaned, int orientation, Size size, List<Integer> configuredWidths,
            int quality) throws CorruptImage {
        boolean sideways = orientation >= 5;
        int displayedWidth = sideways ? size.height() : size.width();
        List<Integer> widths = widthsFor(displayedWidth, configuredWidths);
        int largest = widths.get(widths.size() - 1);
        int subsampling = Math.max(1, displayedWidth / largest);
        BufferedImage image = upright(srgb(decode(format, cleaned, subsampling)), orientation);
        ImageFormat family = image.getColorModel().hasAlpha() || format == ImageFormat.PNG || format == ImageFormat.GIF
                ? ImageFormat.PNG : ImageFormat.JPEG;
        List<Variant> variants = new ArrayList<>();
        BufferedImage current = image;
        for (int i = widths.size() - 1; i >= 0; i--) {
            int width = Math.min(widths.get(i), current.getWidth());
            int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
            current = scale(current, width, height);
            variants.add(new Variant(width, height, ImageFormat.WEBP, encode(ImageFormat.WEBP, current, quality)));
            variants.add(new Variant(width, height, family, encode(family, current, quality)));
        }
        return variants;
    }

    private static BufferedImage decode(ImageFormat format, byte[] bytes, int subsampling) throws CorruptImage {
        ImageReader reader = reader(format);
        // read in place: no copy of the file's bytes
        try (ImageInputStream in = new com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream(bytes)) {
            reader.setInput(in, true, true);
            boolean[] warned = { false };
            reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (warned[0] || image == null) {
                throw new CorruptImage(format + ": damaged image data");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw new CorruptImage(format + ": damaged image data");
        } finally {
            reader.dispose();
        }
    }

    /** The image in sRGB, as 8-bit RGB or ARGB pixels. */
    private static BufferedImage srgb(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        if (!image.getColorModel().getColorSpace().isCS_sRGB()) {
            new ColorConvertOp(null).filter(image, out);
        } else {
            Graphics2D g = out.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        return out;
    }

    /** The image turned as its EXIF orientation says (1 upright ... 8). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean sideways = orientation >= 5;
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, image.getType());
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    /** Scaled down to width × height, in halving steps (bilinear), so that no detail is skipped. */
    private static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() != width || current.getHeight() != height) {
            int w = Math.max(width, current.getWidth() / 2);
            int h = w == width ? height : Math.max(height, current.getHeight() / 2);
            BufferedImage next = new BufferedImage(w, h, image.getType());
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    private static byte[] encode(ImageFormat format, BufferedImage image, int quality) {
        ImageWriter writer = writer(format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format != ImageFormat.PNG && param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(param.getCompressionTypes()[0]);
                param.setCompressionQuality(quality / 100f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageReader reader(ImageFormat format) {
        try {
            return switch (format) {
                case JPEG -> jpegReader();
                case WEBP -> new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi().createReaderInstance();
                case PNG, GIF -> jdkReader(format.extension);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * TwelveMonkeys' JPEG reader: it delegates to the JDK's, which it finds when ImageIO's registry
     * registers it, so it is taken from the registry (scanned once for the application's plugins).
     */
    private static ImageReader jpegReader() {
        ImageReader fallback = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg"); it.hasNext();) {
            ImageReader reader = it.next();
            if (reader.getClass().getName().startsWith("com.twelvemonkeys.")) {
                if (fallback != null) {
                    fallback.dispose();
                }
                return reader;
            }
            if (fallback == null) {
                fallback = reader;
            } else {
                reader.dispose();
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("No JPEG reader");
        }
        return fallback;
    }

    static {
        // the application's ImageIO plugins (TwelveMonkeys), whatever class loader first touched ImageIO
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    private static ImageReader jdkReader(String name) {
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(name); it.hasNext();) {
            ImageReader reader = it.next();
            if (reader.getClass().getName().startsWith("com.sun.imageio.")) {
                return reader;
            }
        }
        throw new IllegalStateException("No JDK reader for " + name);
    }

    private static ImageWriter writer(ImageFormat format) {
        try {
            if (format == ImageFormat.WEBP) {
                return new com.luciad.imageio.webp.WebPImageWriterSpi().createWriterInstance();
            }
            String name = format == ImageFormat.JPEG ? "jpeg" : "png";
            for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(name); it.hasNext();) {
                ImageWriter writer = it.next();
                if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                    return writer;
                }
            }
            throw new IllegalStateException("No JDK writer for " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
