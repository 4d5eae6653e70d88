package fr.kiosque.cv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;

/**
 * What a CV file is, by its content only (never its name or declared type): Apache Tika reads its
 * magic bytes, then the structure is checked. A PDF starts with {@code %PDF-} and ends with
 * {@code %%EOF}; a DOCX is a zip holding {@code [Content_Types].xml} and {@code word/document.xml};
 * an ODT is a zip whose {@code mimetype} entry says {@code application/vnd.oasis.opendocument.text}.
 * Anything else is refused with 415, an empty or broken file with 400.
 */
final class CvFileTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private static final Tika TIKA = new Tika();
    private static final int EOF_WINDOW = 2048;
    /** Entries a CV archive may hold before it looks like a zip bomb rather than a document. */
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private CvFileTypes() {
    }

    /** The content type of an accepted CV file; a problem (400, 415) for anything else. */
    static String detect(Path file, long size) {
        if (size == 0) {
            throw ProblemException.invalidField("cv", "le fichier est vide.");
        }
        String detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            detected = TIKA.detect(in); // content only: no file name is given
        } catch (IOException e) {
            throw unreadable();
        }
        if (PDF.equals(detected)) {
            requirePdfEnd(file, size);
            return PDF;
        }
        if (detected.equals("application/zip") || detected.equals("application/x-tika-ooxml")
                || detected.startsWith("application/vnd.openxmlformats-officedocument.")
                || detected.startsWith("application/vnd.oasis.opendocument.")) {
            return office(file);
        }
        throw unsupported();
    }

    private static void requirePdfEnd(Path file, long size) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            int window = (int) Math.min(EOF_WINDOW, size);
            byte[] tail = new byte[window];
            raf.seek(size - window);
            raf.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw ProblemException.invalidField("cv", "le PDF est incomplet ou endommagé (pas de marque de fin %%EOF).");
            }
        } catch (IOException e) {
            throw unreadable();
        }
    }

    private static String office(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                throw unsupported();
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && !mimetype.isDirectory() && mimetype.getSize() < 200) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                    if (ODT.equals(declared) && zip.getEntry("content.xml") != null) {
                        return ODT;
                    }
                }
            }
            if (zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null) {
                return DOCX;
            }
            throw unsupported();
        } catch (ZipException e) {
            throw ProblemException.invalidField("cv", "l'archive du document est endommagée.");
        } catch (IOException e) {
            throw unreadable();
        }
    }

    private static ProblemException unsupported() {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Le CV doit être un fichier PDF, DOCX (Word) ou ODT (LibreOffice), reconnu à son contenu.");
    }

    private static ProblemException unreadable() {
        return ProblemException.invalidField("cv", "le fichier est illisible.");
    }
}
