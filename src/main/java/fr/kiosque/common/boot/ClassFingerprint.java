package fr.kiosque.common.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A hash of compiled classes (with their nested ones): what changes when a release changes any of them. */
public final class ClassFingerprint {

    private ClassFingerprint() {
    }

    /**
     * The hash of these classes' bytecode: the article pages name their renderer with it, so that a
     * release that changes any class shaping a page renders every page again, and one that does not keeps them.
     */
    public static String of(Class<?>... classes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Class<?> type : classes) {
                List<Class<?>> all = new ArrayList<>(List.of(type));
                all.addAll(List.of(type.getDeclaredClasses()));
                for (Class<?> cls : all) {
                    String resource = "/" + cls.getName().replace('.', '/') + ".class";
                    try (InputStream in = ClassFingerprint.class.getResourceAsStream(resource)) {
                        digest.update(cls.getName().getBytes(StandardCharsets.UTF_8));
                        if (in != null) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
