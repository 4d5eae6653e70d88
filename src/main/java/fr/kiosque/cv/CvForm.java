package fr.kiosque.cv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import fr.kiosque.common.error.FieldError;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.text.PlainText;
import fr.kiosque.common.text.Slugs;
import fr.kiosque.cv.api.CvSubmissionForm;

/**
 * A candidate's form as the rules read it: its fields normalized and checked (400 naming each
 * invalid one), the file's name as metadata, and what makes two submissions the same request.
 */
final class CvForm {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .()\\-]{6,30}$");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7E]{1,200}$");

    private CvForm() {
    }

    /** The form's fields, normalized and valid. */
    record Fields(String firstName, String lastName, String email, String phone, String desiredProfile, String jobSlug,
            String location, String message) {
    }

    static Fields validate(CvSubmissionForm form, int maxMessageLength) {
        List<FieldError> errors = new ArrayList<>();
        String firstName = text(errors, "firstName", form.firstName, true, 100);
        String lastName = text(errors, "lastName", form.lastName, true, 100);
        String email = text(errors, "email", form.email, true, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "doit être une adresse e-mail valide"));
        }
        String phone = text(errors, "phone", form.phone, false, 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "doit être un numéro de téléphone (chiffres, espaces, + . - ( ))"));
        }
        String profile = slug(errors, "desiredProfile", form.desiredProfile);
        String job = slug(errors, "jobSlug", form.jobSlug);
        if (profile == null && job == null && errors.stream().noneMatch(e -> e.field().equals("desiredProfile") || e.field().equals("jobSlug"))) {
            errors.add(new FieldError("desiredProfile", "desiredProfile (une fiche métier) ou jobSlug (une offre) est requis"));
        }
        String location = text(errors, "location", form.location, true, 120);
        String message = text(errors, "message", form.message, false, maxMessageLength);
        if (form.consent == null || !form.consent.strip().equalsIgnoreCase("true")) {
            errors.add(new FieldError("consent", "doit valoir true : l'accord à la politique de confidentialité est requis"));
        }
        if (form.cv == null || form.cv.uploadedFile() == null) {
            errors.add(new FieldError("cv", "le fichier CV est requis"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "La candidature est incomplète ou invalide : "
                    + String.join(", ", errors.stream().map(FieldError::field).distinct().toList()) + ".", List.copyOf(errors), Map.of());
        }
        return new Fields(firstName, lastName, email, phone, profile, job, location, message);
    }

    private static String text(List<FieldError> errors, String field, String raw, boolean required, int max) {
        String value = PlainText.normalize(raw);
        if (value == null || value.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "ne doit pas être vide"));
            }
            return null;
        }
        if (PlainText.unstorable(value) != null) {
            errors.add(new FieldError(field, "contient un caractère qui ne peut pas être enregistré"));
            return null;
        }
        if (PlainText.length(value) > max) {
            errors.add(new FieldError(field, "doit faire " + max + " caractères au plus"));
            return null;
        }
        if (!field.equals("message") && value.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL)) {
            errors.add(new FieldError(field, "ne doit pas contenir de caractère de contrôle"));
            return null;
        }
        if (!PlainText.hasVisibleText(value)) {
            if (required) {
                errors.add(new FieldError(field, "ne doit pas être vide"));
            }
            return null;
        }
        return value;
    }

    private static String slug(List<FieldError> errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!Slugs.isValid(raw.strip())) {
            errors.add(new FieldError(field, "doit être un slug (minuscules, chiffres et tirets)"));
            return null;
        }
        return raw.strip();
    }

    static byte[] idempotencyKeyHash(String key) {
        String value = key.strip();
        if (!IDEMPOTENCY_KEY.matcher(value).matches()) {
            throw ProblemException.invalidField("Idempotency-Key", "1 à 200 caractères ASCII visibles.");
        }
        return sha256(value.getBytes(StandardCharsets.US_ASCII));
    }

    /** What makes two submissions the same request: every field and the file's bytes. */
    static byte[] fingerprint(Fields fields, Path file) {
        MessageDigest digest = sha256();
        for (String part : new String[] { fields.firstName(), fields.lastName(), fields.email(), fields.phone(),
                fields.desiredProfile(), fields.jobSlug(), fields.location(), fields.message() }) {
            digest.update((part == null ? "\u0001" : part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.digest();
    }

    /**
     * The original file name as metadata: no directory, no control or format characters, none of
     * {@code \ / : * ? " < > | ;}, at most 150 characters, with the extension of the detected type.
     */
    static String fileName(String original, String contentType) {
        String extension = switch (contentType) {
            case CvFileTypes.PDF -> ".pdf";
            case CvFileTypes.DOCX -> ".docx";
            default -> ".odt";
        };
        String name = original == null ? "" : PlainText.normalize(original);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || ":*?\"<>|;".indexOf(cp) >= 0) {
                clean.append('_');
            } else {
                clean.appendCodePoint(cp);
            }
        });
        name = clean.toString().strip().replaceAll("^\\.+", "");
        if (name.toLowerCase(Locale.ROOT).endsWith(extension)) {
            name = name.substring(0, name.length() - extension.length()).strip();
        }
        if (PlainText.length(name) > 150) {
            name = name.substring(0, name.offsetByCodePoints(0, 150));
        }
        return (name.isEmpty() ? "cv" : name) + extension;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }
}
