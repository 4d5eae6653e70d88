package fr.kiosque.media;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.FieldError;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.http.Bulkhead;
import fr.kiosque.common.http.Bulkheads;
import fr.kiosque.common.text.PlainText;
import fr.kiosque.media.ImageProcessor.Size;
import fr.kiosque.media.ImageProcessor.Variant;
import fr.kiosque.media.MetadataStripper.Cleaned;
import fr.kiosque.media.MetadataStripper.CorruptImage;
import fr.kiosque.media.api.MediaUploadForm;
import fr.kiosque.media.api.MediaView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Vertx;

/**
 * An upload, in the order that costs least to refuse: the form's fields (400), the size (413), the
 * type from the first bytes (415), the dimensions from the header (422 over
 * {@code kiosque.media.max-pixels}, nothing decoded), then, holding a place of the {@code media}
 * bulkhead (a bounded number hold an image in memory at once; past its queue a 503 with
 * {@code Retry-After}), the metadata stripped, the variants made (400 if the file is damaged) and
 * the files stored, before the row that names them: a store that does not answer is a 503 and
 * nothing is recorded. The row is written under the files' locks ({@link MediaRepository#lockFiles}),
 * which a delete of another image with the same bytes also takes.
 */
@ApplicationScoped
class UploadMedia {

    private static final Logger LOG = Logger.getLogger(UploadMedia.class);
    static final String BULKHEAD = "media";

    @Inject MediaConfig config;
    @Inject MediaStore store;
    @Inject MediaRepository media;
    @Inject MediaLibrary library;
    @Inject Bulkheads bulkheads;
    @Inject Vertx vertx;

    MediaView upload(MediaUploadForm form) {
        Fields fields = fields(form);
        return upload(form.file.uploadedFile(), form.file.size(), fields);
    }

    /** A file the application itself brings (the demo data's images), through the same checks. */
    MediaView upload(Path file, String fileName, String alt, String credit) throws IOException {
        return upload(file, Files.size(file), new Fields(alt, credit, null, null, fileName));
    }

    private MediaView upload(Path file, long size, Fields fields) {
        if (size > config.maxFileSize().asLongValue()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "L'image dépasse " + config.maxFileSize().asLongValue()
                    + " octets.");
        }
        if (size == 0) {
            throw ProblemException.invalidField("file", "le fichier est vide");
        }
        ImageFormat format = sniff(file);
        Size declared;
        try {
            declared = ImageProcessor.probe(format, file);
        } catch (CorruptImage e) {
            throw corrupt();
        }
        if (declared.width() < 1 || declared.height() < 1) {
            throw corrupt();
        }
        if (declared.pixels() > config.maxPixels()) {
            throw ProblemException.unprocessableField("file", "L'image déclare " + declared.width() + " × " + declared.height()
                    + " pixels, plus que les " + config.maxPixels() + " acceptés.");
        }
        // the permit covers every moment the file's bytes are in memory (cleaning, variants, storing them):
        // past the decoding, a stored original still holds tens of megabytes of heap
        try (Bulkhead.Permit permit = enter()) {
            Cleaned cleaned = clean(format, file, size);
            List<Variant> variants = ImageProcessor.variants(format, cleaned.bytes(), cleaned.orientation(), declared,
                    config.variantWidths(), config.quality());
            String originalKey = key(cleaned.bytes(), format);
            List<UploadedFile> files = new ArrayList<>();
            files.add(new UploadedFile(originalKey, format.mediaType, cleaned.bytes()));
            List<Media.Variant> rows = new ArrayList<>();
            for (Variant v : variants) {
                String key = key(v.bytes(), v.format());
                files.add(new UploadedFile(key, v.format().mediaType, v.bytes()));
                rows.add(new Media.Variant(v.width(), v.height(), v.format().mediaType, key, v.bytes().length));
            }
            for (UploadedFile f : files) {
                store.put(f.key(), f.mediaType(), f.bytes());
            }
            return record(files, rows, format, declared, cleaned.orientation(), fields);
        } catch (CorruptImage e) {
            throw corrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of an upload: the original, or a variant. */
    private record UploadedFile(String key, String mediaType, byte[] bytes) {
    }

    /**
     * The row naming the stored files, under their locks: a delete of another image with the same
     * bytes may have removed one of them since it was stored (it checked that no row named it,
     * then removed it), so each is checked and stored again if it is gone.
     */
    private MediaView record(List<UploadedFile> files, List<Media.Variant> rows, ImageFormat format, Size declared, int orientation,
            Fields fields) {
        boolean sideways = orientation >= 5;
        return QuarkusTransaction.requiringNew().call(() -> {
            media.lockFiles(files.stream().map(UploadedFile::key).toList());
            for (UploadedFile f : files) {
                if (!store.exists(f.key())) {
                    LOG.infof("File %s was deleted with another image while this upload stored it: stored again", f.key());
                    store.put(f.key(), f.mediaType(), f.bytes());
                }
            }
            Media m = new Media();
            m.mediaType = format.mediaType;
            m.width = sideways ? declared.height() : declared.width();
            m.height = sideways ? declared.width() : declared.height();
            m.bytes = files.get(0).bytes().length;
            m.fileKey = files.get(0).key();
            m.fileName = fields.fileName();
            m.alt = fields.alt();
            m.credit = fields.credit();
            m.focalX = fields.focalX();
            m.focalY = fields.focalY();
            m.variants.addAll(rows);
            media.persistAndFlush(m);
            return library.view(m);
        });
    }

    /**
     * The file without metadata (the raw bytes are garbage once this returns). Read through a
     * FileInputStream, 64 KiB a call: {@code Files.readAllBytes} reads through a channel into a
     * direct buffer as large as the file, which each worker thread then keeps (it exhausted
     * {@code MaxDirectMemorySize}), and one large read mallocs a native buffer as large.
     */
    private static Cleaned clean(ImageFormat format, Path file, long size) throws IOException, CorruptImage {
        byte[] bytes = new byte[Math.toIntExact(size)];
        try (InputStream in = new FileInputStream(file.toFile())) {
            int n = 0;
            for (int read; n < bytes.length && (read = in.read(bytes, n, Math.min(64 * 1024, bytes.length - n))) >= 0;) {
                n += read;
            }
            if (n != bytes.length || in.read() != -1) {
                throw new IOException("The uploaded file changed while it was read");
            }
        }
        return MetadataStripper.strip(format, bytes);
    }

    private Bulkhead.Permit enter() {
        CompletableFuture<Bulkhead.Permit> place = new CompletableFuture<>();
        bulkheads.get(BULKHEAD).enter(vertx, place::complete, place::completeExceptionally);
        try {
            return place.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ProblemException p ? p : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ImageFormat sniff(Path file) {
        byte[] head = new byte[ImageFormat.HEAD];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ImageFormat.sniff(head, read).orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Le fichier n'est ni un JPEG, ni un PNG, ni un WebP, ni un GIF (d'après son contenu ; SVG n'est pas accepté).",
                List.of(new FieldError("file", "type d'image non accepté")), Map.of()));
    }

    private static ProblemException corrupt() {
        return ProblemException.invalidField("file", "l'image est endommagée ou tronquée");
    }

    static String key(byte[] bytes, ImageFormat format) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "." + format.extension;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Fields(String alt, String credit, Float focalX, Float focalY, String fileName) {
    }

    static Fields fields(MediaUploadForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.file == null || form.file.uploadedFile() == null) {
            errors.add(new FieldError("file", "le fichier est requis"));
        }
        String alt = text(errors, "alt", form.alt);
        String credit = text(errors, "credit", form.credit);
        Float x = focal(errors, "focalX", form.focalX);
        Float y = focal(errors, "focalY", form.focalY);
        if ((x == null) != (y == null) && errors.stream().noneMatch(e -> e.field().startsWith("focal"))) {
            errors.add(new FieldError(x == null ? "focalX" : "focalY", "focalX et focalY vont ensemble"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "L'envoi est incomplet ou invalide : "
                    + String.join(", ", errors.stream().map(FieldError::field).distinct().toList()) + ".", List.copyOf(errors), Map.of());
        }
        String name = form.file.fileName() == null ? null : PlainText.normalize(form.file.fileName());
        if (name != null) {
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                    .codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
            name = name.isEmpty() || PlainText.unstorable(name) != null ? null
                    : name.length() > 200 ? name.substring(0, name.offsetByCodePoints(0, Math.min(150, name.codePointCount(0, name.length())))) : name;
        }
        return new Fields(alt, credit, x, y, name);
    }

    private static String text(List<FieldError> errors, String field, String raw) {
        String value = PlainText.normalize(raw);
        if (value == null || value.isEmpty() || !PlainText.hasVisibleText(value)) {
            return null;
        }
        if (PlainText.unstorable(value) != null || value.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "contient un caractère qui ne peut pas être enregistré"));
            return null;
        }
        if (PlainText.length(value) > 300) {
            errors.add(new FieldError(field, "doit faire 300 caractères au plus"));
            return null;
        }
        return value;
    }

    private static Float focal(List<FieldError> errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            float value = Float.parseFloat(raw.strip());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(new FieldError(field, "doit être un nombre de 0 à 1"));
        return null;
    }
}
