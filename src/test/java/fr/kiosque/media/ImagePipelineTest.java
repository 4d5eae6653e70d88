package fr.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import fr.kiosque.media.ImageProcessor.Size;
import fr.kiosque.media.ImageProcessor.Variant;
import fr.kiosque.media.MetadataStripper.Cleaned;
import fr.kiosque.media.MetadataStripper.CorruptImage;

/** The pure rules: type by content, metadata stripped at the container level, variants' sizes, types and orientation. */
class ImagePipelineTest {

    @Test
    void typesAreRecognizedByTheirFirstBytesOnly() {
        assertThat(sniff(TestImages.jpegWithGps(10, 10, 1))).contains(ImageFormat.JPEG);
        assertThat(sniff(TestImages.pngWithAlpha(10, 10))).contains(ImageFormat.PNG);
        assertThat(sniff(TestImages.webp(10, 10))).contains(ImageFormat.WEBP);
        assertThat(sniff(TestImages.encode(TestImages.picture(10, 10, false), "gif"))).contains(ImageFormat.GIF);
        assertThat(sniff(TestImages.SVG)).isEmpty();
        assertThat(sniff(TestImages.HTML)).isEmpty();
    }

    @Test
    void everyMetadataBlockOfAJpegGoesAndItsOrientationIsRead() throws Exception {
        byte[] jpeg = TestImages.jpegWithGps(64, 48, 6);
        assertThat(TestImages.hasMetadata(jpeg)).isTrue();
        Cleaned cleaned = MetadataStripper.strip(ImageFormat.JPEG, jpeg);
        assertThat(cleaned.orientation()).isEqualTo(6);
        assertThat(TestImages.hasMetadata(cleaned.bytes())).isFalse();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(cleaned.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(64);
    }

    @Test
    void textAndExifChunksOfAPngGoAndItsTransparencyStays() throws Exception {
        Cleaned cleaned = MetadataStripper.strip(ImageFormat.PNG, TestImages.pngWithAlpha(40, 30));
        assertThat(TestImages.hasMetadata(cleaned.bytes())).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(cleaned.bytes())).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void truncatedOrBrokenFilesAreRefusedBeforeAnyDecoding() {
        for (var file : List.of(TestImages.truncated(TestImages.jpegWithGps(200, 150, 1)), TestImages.truncated(TestImages.pngWithAlpha(200, 150)))) {
            ImageFormat format = sniff(file).orElseThrow();
            assertThatThrownBy(() -> MetadataStripper.strip(format, file)).isInstanceOf(CorruptImage.class);
        }
        assertThatThrownBy(() -> MetadataStripper.strip(ImageFormat.WEBP, TestImages.truncated(TestImages.webp(200, 150))))
                .isInstanceOf(CorruptImage.class);
    }

    @Test
    void variantsAreUprightNeverWiderThanTheImageInWebpAndTheOriginalsFamily() throws Exception {
        byte[] jpeg = TestImages.jpegWithGps(1000, 700, 6);
        Cleaned cleaned = MetadataStripper.strip(ImageFormat.JPEG, jpeg);
        List<Variant> variants = ImageProcessor.variants(ImageFormat.JPEG, cleaned.bytes(), cleaned.orientation(), new Size(1000, 700),
                List.of(320, 640, 960, 1280), 80);
        // turned a quarter: 700 wide, 1000 high; 960 and 1280 are wider than that
        assertThat(variants).extracting(Variant::width).containsExactlyInAnyOrder(640, 640, 320, 320);
        for (Variant v : variants) {
            assertThat(v.format()).isIn(ImageFormat.WEBP, ImageFormat.JPEG);
            BufferedImage decoded = read(v.bytes());
            assertThat(decoded.getWidth()).isEqualTo(v.width());
            assertThat(decoded.getHeight()).isEqualTo(v.height()).isGreaterThan(v.width());
            assertThat(TestImages.hasMetadata(v.bytes())).isFalse();
        }
    }

    @Test
    void aTransparentPngGivesPngAndWebpVariantsAndASmallImageOneWidthOfItsOwn() throws Exception {
        Cleaned cleaned = MetadataStripper.strip(ImageFormat.PNG, TestImages.pngWithAlpha(200, 100));
        List<Variant> variants = ImageProcessor.variants(ImageFormat.PNG, cleaned.bytes(), 1, new Size(200, 100),
                List.of(320, 640), 80);
        assertThat(variants).extracting(Variant::width).containsOnly(200);
        assertThat(variants).extracting(Variant::format).containsExactlyInAnyOrder(ImageFormat.WEBP, ImageFormat.PNG);
        Variant png = variants.stream().filter(v -> v.format() == ImageFormat.PNG).findFirst().orElseThrow();
        assertThat(read(png.bytes()).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void widthsAreTheConfiguredOnesNotWiderThanTheImage() {
        assertThat(ImageProcessor.widthsFor(1500, List.of(320, 640, 960, 1280, 1920))).containsExactly(320, 640, 960, 1280);
        assertThat(ImageProcessor.widthsFor(100, List.of(320, 640))).containsExactly(100);
    }

    private static java.util.Optional<ImageFormat> sniff(byte[] file) {
        return ImageFormat.sniff(file, Math.min(file.length, ImageFormat.HEAD));
    }

    static BufferedImage read(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).isNotNull();
        return image;
    }
}
