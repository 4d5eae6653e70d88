import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * bench/generate, CVs: prints a psql script that COPYs {@code count} CV submissions with small real PDF
 * files, encrypted as Kiosque stores them (AES-256-GCM, one 64 KiB chunk, the associated data of
 * fr.kiosque.cv.CvCipher), under the key in KIOSQUE_CV_ENCRYPTION_KEY (id KIOSQUE_CV_KEY_ID, default k1).
 * SQL alone cannot do it: pgcrypto has no AES-GCM, and the associated data binds each chunk to its
 * submission id, so chunks cannot be copied from one submission to another. Run with the JDK's
 * single-file launcher: {@code java bench/CvSeed.java 5000 targets.tsv | psql ...}, where targets.tsv
 * lists career sheet slugs ("profile\tslug") and open listings ("job\tslug\ttitle").
 */
public class CvSeed {

    private static final String[] FIRST = {"Sandra", "Julien", "Camille", "Thomas", "Léa", "Nicolas", "Chloé", "Maxime", "Inès",
        "Antoine", "Manon", "Hugo", "Sarah", "Lucas", "Élodie", "Karim", "Anaïs", "Mathieu", "Pauline", "Yanis", "Clémence",
        "Romain", "Amélie", "Sébastien", "Fatou", "Guillaume", "Margaux", "Alexandre", "Noémie", "Théo"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
        "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand"};
    private static final String[] CITIES = {"Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Nantes", "Lille", "Rennes",
        "Strasbourg", "Montpellier", "Nice", "Grenoble", "Rouen", "Dijon", "Boulogne-Billancourt"};
    private static final String[] MESSAGES = {
        "Bonjour, je suis très intéressée par ce poste et je serais ravie d'en discuter avec vous.",
        "Community manager depuis quatre ans en agence, je cherche un nouveau défi chez l'annonceur.",
        "Vous trouverez ci-joint mon CV. Je reste disponible pour un entretien dès la semaine prochaine.",
        "Après un master en communication, j'ai travaillé deux ans sur les réseaux sociaux d'une marque de mode.",
        ""};
    private static final String[] STATUSES = {"NEW", "NEW", "NEW", "NEW", "REVIEWED", "REVIEWED", "SHORTLISTED", "REJECTED", "ARCHIVED"};
    private static final byte[] FILE_CONTEXT = "kiosque-cv-file-v1".getBytes(StandardCharsets.US_ASCII);

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        List<String> profiles = new ArrayList<>();
        List<String[]> jobs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] f = line.split("\t");
            if (f[0].equals("profile")) {
                profiles.add(f[1]);
            } else if (f[0].equals("job")) {
                jobs.add(new String[] {f[1], f[2]});
            }
        }
        String key64 = System.getenv("KIOSQUE_CV_ENCRYPTION_KEY");
        if (key64 == null || key64.isBlank() || profiles.isEmpty()) {
            throw new IllegalArgumentException("needs KIOSQUE_CV_ENCRYPTION_KEY and at least one career sheet");
        }
        SecretKey key = new SecretKeySpec(Base64.getDecoder().decode(key64.strip()), "AES");
        String keyId = System.getenv().getOrDefault("KIOSQUE_CV_KEY_ID", "k1");
        Random random = new Random(42);
        SecureRandom secure = new SecureRandom();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        HexFormat hex = HexFormat.of();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        UUID[] ids = new UUID[count];
        byte[][] files = new byte[count][];
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        out.write("\\set ON_ERROR_STOP on\nbegin;\ntruncate cv_submission, cv_file_chunk, cv_audit;\n");
        out.write("copy cv_submission (id, first_name, last_name, email, email_key, phone, desired_profile, job_slug, job_title,"
                + " location, message, consent_version, consented_at, status, file_name, content_type, file_size, chunk_count,"
                + " key_id, deletion_token_hash, received_at, updated_at) from stdin;\n");
        for (int i = 0; i < count; i++) {
            ids[i] = new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L); // version 4
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String email = ascii(first) + "." + ascii(last) + i + "@exemple.fr";
            String phone = random.nextInt(3) == 0 ? "\\N" : String.format("06 %02d %02d %02d %02d", random.nextInt(100),
                    random.nextInt(100), random.nextInt(100), random.nextInt(100));
            boolean forJob = !jobs.isEmpty() && random.nextInt(5) < 3;
            String[] job = forJob ? jobs.get(random.nextInt(jobs.size())) : null;
            String profile = forJob ? "\\N" : profiles.get(random.nextInt(profiles.size()));
            OffsetDateTime received = now.minusMinutes(random.nextInt(60 * 24 * 365));
            files[i] = pdf(first + " " + last, 2_000 + random.nextInt(30_000), random);
            byte[] token = new byte[32];
            secure.nextBytes(token);
            out.write(String.join("\t", ids[i].toString(), first, last, email, email.toLowerCase(), phone, profile,
                    forJob ? job[0] : "\\N", forJob ? copyText(job[1]) : "\\N", CITIES[random.nextInt(CITIES.length)],
                    copyText(MESSAGES[random.nextInt(MESSAGES.length)]), "2026-11", received.toString(),
                    STATUSES[random.nextInt(STATUSES.length)], "CV " + first + " " + last + ".pdf", "application/pdf",
                    Integer.toString(files[i].length), "1", keyId, "\\\\x" + hex.formatHex(sha.digest(token)),
                    received.toString(), received.toString()));
            out.write('\n');
        }
        out.write("\\.\ncopy cv_file_chunk (submission_id, seq, key_id, nonce, ciphertext) from stdin;\n");
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        for (int i = 0; i < count; i++) {
            byte[] nonce = new byte[12];
            secure.nextBytes(nonce);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(ByteBuffer.allocate(FILE_CONTEXT.length + 21).put(FILE_CONTEXT)
                    .putLong(ids[i].getMostSignificantBits()).putLong(ids[i].getLeastSignificantBits()).putInt(0).put((byte) 1).array());
            out.write(ids[i] + "\t0\t" + keyId + "\t\\\\x" + hex.formatHex(nonce) + "\t\\\\x" + hex.formatHex(cipher.doFinal(files[i])) + "\n");
        }
        out.write("\\.\ncommit;\n");
        out.flush();
    }

    /** A small valid PDF: one page of text, padded with a comment to about {@code size} bytes. */
    private static byte[] pdf(String name, int size, Random random) throws IOException {
        String text = "BT /F1 18 Tf 72 720 Td (Curriculum vitae - " + ascii(name) + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        StringBuilder padding = new StringBuilder("%");
        while (pdf.length() + padding.length() < size) {
            padding.append((char) ('a' + random.nextInt(26)));
            if (padding.length() % 80 == 0) {
                padding.append("\n%");
            }
        }
        pdf.append(padding).append('\n');
        long xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (long offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
    }

    private static String copyText(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
