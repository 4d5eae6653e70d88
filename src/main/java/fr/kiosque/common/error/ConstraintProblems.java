package fr.kiosque.common.error;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The answer to a constraint the database refused, by kind. Services check their rules first
 * and flush inside their transaction, so this is the answer to races between two requests:
 * <ul>
 * <li>unique (23505): 409, naming the field whose value is taken;</li>
 * <li>foreign key (23503) on DELETE: 409, the record is still in use;</li>
 * <li>foreign key on insert or update: 422 naming the field whose reference is unknown (it was
 * deleted meanwhile);</li>
 * <li>not null (23502) and check (23514): 422 naming the field.</li>
 * </ul>
 * Field names come from PostgreSQL's report (table, column, constraint named
 * {@code <table>_<column>_uk|fkey|ck}); constraint and table names never reach the client.
 */
final class ConstraintProblems {

    private static final Pattern SUFFIX = Pattern.compile("(^|_)(uk|key|fkey|ck|check|pkey|idx)$");

    private ConstraintProblems() {
    }

    static Problem of(ConstraintViolationException e, String httpMethod) {
        ConstraintKind kind = e.getKind() != null && e.getKind() != ConstraintKind.OTHER ? e.getKind() : kindOf(e.getSQLState());
        String field = field(e);
        return switch (kind) {
            case UNIQUE -> ProblemType.CONFLICT.problem(field == null
                    ? "Une autre ressource porte déjà cette valeur."
                    : "La valeur de « " + field + " » est déjà prise par une autre ressource.");
            case FOREIGN_KEY -> "DELETE".equalsIgnoreCase(httpMethod)
                    ? ProblemType.CONFLICT.problem(
                            "Cette ressource est encore utilisée : retirez ce qui y fait référence avant de la supprimer.")
                    : unprocessable(field, "référence inconnue (supprimée entre-temps ?)");
            case NOT_NULL -> unprocessable(field, "valeur obligatoire");
            case CHECK -> unprocessable(field, "valeur refusée par les règles de cohérence");
            case OTHER -> ProblemType.CONFLICT.problem("La modification entre en conflit avec une donnée existante.");
        };
    }

    private static Problem unprocessable(String field, String message) {
        String named = field == null ? "body" : field;
        return new Problem(ProblemType.BUSINESS_RULE.uri(), ProblemType.BUSINESS_RULE.title(), 422,
                "Le champ « " + named + " » est refusé : " + message + ".", null, List.of(new FieldError(named, message)));
    }

    private static ConstraintKind kindOf(String sqlState) {
        if (sqlState == null) {
            return ConstraintKind.OTHER;
        }
        return switch (sqlState) {
            case "23505" -> ConstraintKind.UNIQUE;
            case "23503" -> ConstraintKind.FOREIGN_KEY;
            case "23502" -> ConstraintKind.NOT_NULL;
            case "23514" -> ConstraintKind.CHECK;
            default -> ConstraintKind.OTHER;
        };
    }

    /** {@code slug} for article_slug_uk, {@code section} for article_section_id_fkey; null when unknown. */
    static String field(ConstraintViolationException e) {
        ServerErrorMessage report = report(e.getSQLException());
        String column = report == null ? null : report.getColumn();
        if (column == null) {
            String constraint = report != null && report.getConstraint() != null ? report.getConstraint() : e.getConstraintName();
            String table = report == null ? null : report.getTable();
            if (constraint == null || table == null || !constraint.startsWith(table + "_")) {
                return null;
            }
            column = SUFFIX.matcher(constraint.substring(table.length() + 1)).replaceFirst("");
        }
        if (column.endsWith("_id")) {
            column = column.substring(0, column.length() - 3);
        }
        return column.isEmpty() ? null : camelCase(column);
    }

    private static ServerErrorMessage report(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return psql.getServerErrorMessage();
            }
        }
        return null;
    }

    private static String camelCase(String snake) {
        StringBuilder result = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = !result.isEmpty();
            } else {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return result.toString();
    }
}
