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
 */
public class MediaPhoto {
    public static void main(String[] args) throws Exception {
        long target = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        int w = 6000, h = 4000;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
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
        File out = new File(args[0]);
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
        System.out.println(out.length());
    }
}
