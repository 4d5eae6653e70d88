import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A photo-like JPEG of about TARGET bytes for bench/media-uploads: 6000 × 4000 pixels (24 MP, under the 40 MP limit),
 * gradients and noise so that it compresses like a photo. Usage: java bench/MediaPhoto.java out.jpg [targetBytes]
 * Or N distinct 2400 × 1600 photos (about 1 MB, one seed each) for the variants' cold twin:
 * java bench/MediaPhoto.java --many DIR N
 */
public class MediaPhoto {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("--many")) {
            for (int i = 1; i <= Integer.parseInt(args[2]); i++) {
                write(new File(args[1], "photo-" + i + ".jpg"), 2400, 1600, i, 1_000_000L);
            }
            return;
        }
        System.out.println(write(new File(args[0]), 6000, 4000, 42, args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L));
    }

    static long write(File out, int w, int h, long seed, long target) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int n = random.nextInt(48);
                int r = Math.min(255, (x * 255 / w) / 2 + n + 40);
                int g = Math.min(255, (y * 255 / h) / 2 + n + 30);
                int b = Math.min(255, ((x + y) * 255 / (w + h)) / 2 + n + 50);
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, w, 1, row, 0, w);
        }
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(240, 200, 40));
        g.fillOval(w / 3, h / 3, w / 3, h / 3);
        g.dispose();
        float quality = 0.95f;
        while (true) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            out.delete();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
            if (out.length() <= target * 1.1 || quality < 0.5f) {
                break;
            }
            quality -= 0.05f;
        }
        return out.length();
    }
}
