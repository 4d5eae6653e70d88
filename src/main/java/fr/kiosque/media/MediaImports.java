package fr.kiosque.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.kiosque.media.api.MediaView;

/** Images the application brings itself (the demo data's), added to the library through the upload's own checks. */
@ApplicationScoped
public class MediaImports {

    @Inject UploadMedia uploads;

    /** Adds the image read from {@code in}; its id. */
    public MediaView importImage(InputStream in, String fileName, String alt, String credit) {
        Path file = null;
        try {
            file = Files.createTempFile("kiosque-import", ".img");
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return uploads.upload(file, fileName, alt, credit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file
                }
            }
        }
    }
}
