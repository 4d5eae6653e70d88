package fr.kiosque.common.http.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** Plain JUnit: the one-call inflate against the JDK's stream, on what Kiosque writes and on what it does not. */
class GunzipTest {

    private static byte[] gzip(byte[]... members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] member : members) {
            try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
                @Override
                public void close() throws IOException {
                    finish(); // keep the underlying stream open for the next member
                }
            }) {
                gzip.write(member);
            }
        }
        return out.toByteArray();
    }

    @Test
    void inflatesWhatGzipWrote() throws IOException {
        byte[] text = "Les métiers de la communication — « à lire aussi » ".repeat(400).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(text, Gunzip.gunzip(gzip(text)));
        assertArrayEquals(new byte[0], Gunzip.gunzip(gzip(new byte[0])));
        byte[] noise = new byte[70_000];
        new Random(7).nextBytes(noise);
        for (int i = 0; i < 20; i++) { // the inflaters are reused: each answer is whole and its own
            assertArrayEquals(noise, Gunzip.gunzip(gzip(noise)));
            assertArrayEquals(text, Gunzip.gunzip(gzip(text)));
        }
    }

    @Test
    void concatenatedMembersAreAllRead() throws IOException {
        byte[] first = "premier ".repeat(100).getBytes(StandardCharsets.UTF_8);
        byte[] second = "second".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        assertArrayEquals(both, Gunzip.gunzip(gzip(first, second)));
    }

    @Test
    void damagedOrForeignInputIsRefusedNotMisread() throws IOException {
        byte[] gzipped = gzip("contenu".repeat(300).getBytes(StandardCharsets.UTF_8));
        byte[] badCrc = gzipped.clone();
        badCrc[badCrc.length - 8] ^= 0x55;
        assertThrows(UncheckedIOException.class, () -> Gunzip.gunzip(badCrc));
        byte[] lyingSize = gzipped.clone();
        lyingSize[lyingSize.length - 4] ^= 0x01;
        assertThrows(UncheckedIOException.class, () -> Gunzip.gunzip(lyingSize));
        assertThrows(UncheckedIOException.class, () -> Gunzip.gunzip("not gzip at all".getBytes(StandardCharsets.UTF_8)));
    }
}
