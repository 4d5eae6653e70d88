package fr.kiosque.common.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import fr.kiosque.common.http.HttpConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem. Nothing else in
 * the code base writes an error body; no stack trace, class name or SQL ever reaches a client.
 */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;
    private final long retryAfterWhenUnavailable;

    ProblemMappers(AllowedMethods allowedMethods, HttpConfig http) {
        this.allowedMethods = allowedMethods;
        this.retryAfterWhenUnavailable = Math.max(1, http.unavailableRetryAfter().toSeconds());
    }

    @ServerExceptionMapper
    Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Response.ResponseBuilder builder = respond(e.toProblem(Messages.pick(headers.getAcceptableLanguages())), uri);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        // no body at all: not a field named "body" (a comment has one), the request is malformed
        if (e.getConstraintViolations().stream().anyMatch(v -> v.getInvalidValue() == null && isTheBodyItself(v.getPropertyPath()))) {
            return respond(ProblemType.MALFORMED_REQUEST.problem("Le corps de la requête est vide : un objet JSON est attendu."), uri)
                    .build();
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        String fields = String.join(", ", errors.stream().limit(Problem.MAX_ERRORS).map(FieldError::field).distinct().toList());
        Problem problem = new Problem(ProblemType.VALIDATION_ERROR.uri(), ProblemType.VALIDATION_ERROR.title(), 400,
                "Champs invalides : " + fields + ".", null, errors);
        return respond(problem, uri).build();
    }

    @ServerExceptionMapper
    Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_REQUEST.problem(
                "Le corps de la requête n'est pas un JSON valide (ligne " + e.getLocation().getLineNr()
                        + ", colonne " + e.getLocation().getColumnNr() + ")."), uri).build();
    }

    @ServerExceptionMapper
    Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return fieldProblem(field, "propriété inconnue", uri);
    }

    @ServerExceptionMapper
    Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String expected = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "valeur attendue parmi " + java.util.Arrays.toString(e.getTargetType().getEnumConstants())
                : "valeur de type incorrect";
        return fieldProblem(jsonPath(e), expected, uri);
    }

    @ServerExceptionMapper
    Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(ProblemType.MALFORMED_REQUEST.problem(
                    "Le corps de la requête n'a pas la forme attendue (objet JSON)."), uri).build();
        }
        return fieldProblem(field, "valeur de type incorrect", uri);
    }

    @ServerExceptionMapper
    Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(ProblemType.MALFORMED_REQUEST.problem("Le corps de la requête est illisible."), uri).build();
        }
        return fieldProblem(field, "valeur invalide", uri);
    }

    /** Beyond Jackson's stream read constraints (nesting, string or number length: JsonLimits), or any other unreadable JSON. */
    @ServerExceptionMapper
    Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        return respond(ProblemType.MALFORMED_REQUEST.problem(e instanceof StreamConstraintsException
                ? "Le corps de la requête dépasse les limites acceptées (imbrication, longueur d'un texte ou d'un nombre)."
                : "Le corps de la requête est illisible."), uri).build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    Response unauthorized(RuntimeException e, UriInfo uri) {
        return respond(ProblemType.UNAUTHORIZED.problem(
                "Cette opération demande un jeton d'accès valide (Authorization: Bearer …)."), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN.problem("Votre rôle ne permet pas cette opération."), uri).build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED.problem(
                "La ressource a été modifiée entre-temps : relisez-la et recommencez avec son nouvel ETag."), uri)
                .build();
    }

    /** A constraint the database refused, answered by kind (see {@link ConstraintProblems}), never a 500. */
    @ServerExceptionMapper
    Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri, Request request) {
        LOG.debugf("Constraint %s refused (%s) on %s %s", e.getConstraintName(), e.getKind(), request.getMethod(), uri.getPath());
        return respond(ConstraintProblems.of(e, request.getMethod()), uri).build();
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        // the JSON reader wraps Jackson's errors in a 400: answer them as precisely as when they come bare
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown, uri);
        }
        if (e.getCause() instanceof InvalidFormatException format) {
            return invalidFormat(format, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(HttpProblems.forStatus(status, uri.getPath()));
        if (status == 405) {
            String allow = allowedMethods.allowFor(uri.getPath());
            if (!allow.isEmpty()) {
                builder.header(HttpHeaders.ALLOW, allow);
            }
        }
        for (Map.Entry<String, List<Object>> header : e.getResponse().getHeaders().entrySet()) {
            if (header.getKey().equalsIgnoreCase("Retry-After")) {
                header.getValue().forEach(v -> builder.header(header.getKey(), v));
            }
        }
        return builder.build();
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri, Request request, HttpHeaders headers) {
        // a failure at commit arrives wrapped (RollbackException…): answer what it really is
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
                return constraint(constraint, uri, request);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentUpdate((RuntimeException) cause, uri);
            }
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri, headers);
            }
            if (cause instanceof JsonProcessingException json && !(e instanceof JsonProcessingException)) {
                return unreadableJson(json, uri);
            }
        }
        if (bodyOverHttpLimit(e)) {
            // a chunked body that crossed quarkus.http.limits.max-body-size while being read: Quarkus REST has
            // already answered 413 and closes the connection; the client's doing, not a failure of Kiosque
            LOG.debugf("Body over the HTTP limit on %s %s", request.getMethod(), uri.getPath());
            return respond(ProblemType.PAYLOAD_TOO_LARGE.problem("Le corps de la requête dépasse la taille acceptée."), uri)
                    .header("Connection", "close").build();
        }
        if (malformedMultipart(e)) {
            // a multipart body cut short or without its boundary (Quarkus REST's parser fails with a bare IOException)
            return respond(ProblemType.VALIDATION_ERROR.problem(
                    "Le corps multipart/form-data est illisible (délimiteur absent ou corps tronqué)."), uri).build();
        }
        if (DatabaseUnavailable.refusedValue(e)) {
            // a value PostgreSQL cannot hold (a NUL in a text, a number out of its column's range…): the request's fault
            LOG.debugf("Value refused by the database on %s %s: %s", request.getMethod(), uri.getPath(), DatabaseUnavailable.describe(e));
            return respond(ProblemType.VALIDATION_ERROR.problem(
                    "La requête contient une valeur qui ne peut pas être enregistrée (caractère nul, nombre hors limites…)."), uri)
                    .build();
        }
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warnf("Database unavailable on %s %s: %s", request.getMethod(), uri.getPath(), DatabaseUnavailable.describe(e));
            return respond(ProblemType.SERVICE_UNAVAILABLE.problem(
                    "La base de données est momentanément injoignable : réessayez dans quelques secondes."), uri)
                    .header("Retry-After", retryAfterWhenUnavailable)
                    .build();
        }
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(ProblemType.INTERNAL_ERROR.problem(
                "Une erreur inattendue s'est produite. Elle a été journalisée."), uri).build();
    }

    /** Whether {@code e} is the multipart parser's failure to read a form body: the client's fault. */
    /** Quarkus REST's body reader refused a body over the HTTP layer's limit (it answers 413 itself, then throws this). */
    static boolean bodyOverHttpLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException && "Request too large".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    static boolean malformedMultipart(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    if (frame.getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Response fieldProblem(String field, String message, UriInfo uri) {
        Problem problem = new Problem(ProblemType.VALIDATION_ERROR.uri(), ProblemType.VALIDATION_ERROR.title(), 400,
                "Le champ « " + field + " » est invalide : " + message + ".", null, List.of(new FieldError(field, message)));
        return respond(problem, uri).build();
    }

    private static Response.ResponseBuilder respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()));
    }

    /** {@code authors[1].name} from Jackson's reference chain. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The JSON field of a violation: a method's and its parameter's nodes are dropped. */
    /** Whether the path names a parameter of the resource method, the body, rather than something in it. */
    static boolean isTheBodyItself(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last != null && last.getKind() == ElementKind.PARAMETER;
    }

    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        boolean inMethod = false;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                inMethod = true;
                continue;
            }
            if (inMethod && kind == ElementKind.PARAMETER) {
                continue;
            }
            // the index of a list element sits on the node after the list: pullQuotes[1], authors[1].name
            if (node.isInIterable() && node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                name.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() == null || kind == ElementKind.CONTAINER_ELEMENT) {
                continue; // "<list element>" is no JSON name
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(node.getName());
        }
        if (name.isEmpty()) {
            return "body"; // the request body itself (missing, say)
        }
        return name.toString();
    }
}
