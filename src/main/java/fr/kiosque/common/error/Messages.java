package fr.kiosque.common.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages that Kiosque writes itself (query parameters, …), in French by default and in English
 * for {@code Accept-Language: en}, from {@code KiosqueMessages*.properties}. Body validation
 * messages come from Hibernate Validator's {@code ValidationMessages*.properties} the same way.
 */
public final class Messages {

    public static final Locale DEFAULT = Locale.FRENCH;
    private static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    private static final String BUNDLE = "KiosqueMessages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString(key), supported(locale)).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The first of the client's languages that Kiosque speaks, else French. */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return DEFAULT;
    }

    private static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : DEFAULT;
    }
}
