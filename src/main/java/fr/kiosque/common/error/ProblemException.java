package fr.kiosque.common.error;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Thrown by services to end a request with a problem answer. The resource layer never builds
 * error responses itself: {@link ProblemMappers} turns this into {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, String> headers;
    /** For messages translated at answer time ({@link Messages}): the invalid parameter, the key, its arguments. */
    private String parameter;
    private String messageKey;
    private Object[] messageArgs;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.headers = headers;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A 400 naming one invalid field or query parameter. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_ERROR,
                "Le paramètre « " + field + " » est invalide : " + message,
                List.of(new FieldError(field, message)), Map.of());
    }

    /**
     * A 400 naming an invalid query or path parameter, in the client's language
     * ({@code Accept-Language}): {@code key} names a message of {@link Messages}.
     */
    public static ProblemException invalidParameter(String name, String key, Object... args) {
        ProblemException e = invalidField(name, Messages.get(Messages.DEFAULT, key, args));
        e.parameter = name;
        e.messageKey = key;
        e.messageArgs = args;
        return e;
    }

    /** A 422 naming the one field a business rule refuses; the message is the detail too. */
    public static ProblemException unprocessableField(String field, String message) {
        return unprocessableFields(message, List.of(new FieldError(field, message)));
    }

    /** A 422 naming every field a business rule refuses, one {@link FieldError} each. */
    public static ProblemException unprocessableFields(String detail, List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a 422 names at least one field");
        }
        return new ProblemException(ProblemType.BUSINESS_RULE, detail, List.copyOf(errors), Map.of());
    }

    /** A 400 for a JSON document that does not fit the expected shape, naming the field. */
    public static ProblemException fromJson(com.fasterxml.jackson.core.JsonProcessingException e) {
        String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                ? ProblemMappers.jsonPath(mapping) : "";
        if (field.isEmpty()) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST, "Le document JSON est illisible.");
        }
        String message = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
                ? "propriété inconnue" : "valeur invalide";
        return new ProblemException(ProblemType.VALIDATION_ERROR,
                "Le champ « " + field + " » est invalide : " + message + ".",
                List.of(new FieldError(field, message)), Map.of());
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), null, errors);
    }

    /** The problem in this language, where its message is translatable; else as thrown. */
    public Problem toProblem(Locale locale) {
        if (messageKey == null) {
            return toProblem();
        }
        String message = Messages.get(locale, messageKey, messageArgs);
        return new Problem(type.uri(), type.title(), type.status(),
                Messages.get(locale, "parameter.invalid", parameter, message), null,
                List.of(new FieldError(parameter, message)));
    }
}
