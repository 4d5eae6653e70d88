package fr.kiosque.cv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real documents, and things that are not, built byte by byte for the CV tests. */
final class CvFiles {

    private CvFiles() {
    }

    /** A valid one-page PDF. */
    static byte[] pdf() {
        return pdf(0);
    }

    /** A valid PDF with a stream of {@code padding} random bytes, to make it as large as a test needs. */
    static byte[] pdf(int padding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(padding + 1024);
        int[] offsets = new int[5];
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        offsets[1] = out.size();
        write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets[2] = out.size();
        write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets[3] = out.size();
        write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n");
        offsets[4] = out.size();
        write(out, "4 0 obj\n<< /Length " + padding + " >>\nstream\n");
        out.writeBytes(random(padding, 4));
        write(out, "\nendstream\nendobj\n");
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (int i = 1; i <= 4; i++) {
            table.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        write(out, table + "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** A minimal Word document: a zip with [Content_Types].xml, the relationships and word/document.xml. */
    static byte[] docx() {
        return zip(false,
                "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                        </Types>""",
                "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                        </Relationships>""",
                "word/document.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                        <w:body><w:p><w:r><w:t>Camille Durand, cheffe de projet digital</w:t></w:r></w:p></w:body>
                        </w:document>""");
    }

    /** A minimal OpenDocument text: mimetype first and stored, the manifest, content.xml. */
    static byte[] odt() {
        return zip(true,
                "mimetype", "application/vnd.oasis.opendocument.text",
                "META-INF/manifest.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                        <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                        </manifest:manifest>""",
                "content.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                         xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                        <office:body><office:text><text:p>Camille Durand</text:p></office:text></office:body>
                        </office:document-content>""");
    }

    /** A zip that is no document: a text file and a picture's worth of bytes. */
    static byte[] plainZip() {
        return zip(false, "notes.txt", "Rien à voir avec un CV.", "data/readme.md", "# Archive");
    }

    /** The start of a zip and then nothing a zip reader can make sense of. */
    static byte[] brokenZip() {
        byte[] bytes = new byte[4096];
        byte[] junk = random(bytes.length, 9);
        System.arraycopy(junk, 0, bytes, 0, bytes.length);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        return bytes;
    }

    /** A Linux executable (ELF header), to be sent as "cv.pdf". */
    static byte[] elf() {
        byte[] bytes = random(2048, 1);
        byte[] header = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0 };
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    /** A Windows executable (MZ and PE headers). */
    static byte[] windowsExecutable() {
        byte[] bytes = new byte[1024];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    /** A 1×1 PNG. */
    static byte[] png() {
        return HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] zip(boolean firstStored, String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                if (i == 0 && firstStored) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCompressedSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
