package fr.kiosque.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Each kind of refused constraint gets its own answer, naming the field, never the constraint. */
class ConstraintProblemsTest {

    @Test
    void aDuplicateIs409NamingTheField() {
        Problem problem = ConstraintProblems.of(violation(ConstraintKind.UNIQUE, "23505", "article", "article_slug_uk", null), "POST");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("urn:kiosque:problem:conflict");
        assertThat(problem.detail()).contains("« slug »").doesNotContain("article_slug_uk");
    }

    @Test
    void aMissingReferenceOnInsertOrUpdateIs422NamingTheField() {
        for (String method : new String[] { "POST", "PUT", "PATCH" }) {
            Problem problem = ConstraintProblems.of(
                    violation(ConstraintKind.FOREIGN_KEY, "23503", "article", "article_section_id_fkey", null), method);
            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.type()).isEqualTo("urn:kiosque:problem:business-rule");
            assertThat(problem.errors()).extracting(FieldError::field).containsExactly("section");
            assertThat(problem.detail()).doesNotContain("fkey");
        }
        Problem joinTable = ConstraintProblems.of(
                violation(ConstraintKind.FOREIGN_KEY, "23503", "article_author", "article_author_author_id_fkey", null), "POST");
        assertThat(joinTable.errors()).extracting(FieldError::field).containsExactly("author");
    }

    @Test
    void aReferenceThatADeleteWouldBreakIs409StillInUse() {
        Problem problem = ConstraintProblems.of(
                violation(ConstraintKind.FOREIGN_KEY, "23503", "article", "article_section_id_fkey", null), "DELETE");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains("encore utilisée");
    }

    @Test
    void notNullAndCheckViolationsAre422NamingTheField() {
        Problem notNull = ConstraintProblems.of(violation(ConstraintKind.NOT_NULL, "23502", "article", null, "title"), "POST");
        assertThat(notNull.status()).isEqualTo(422);
        assertThat(notNull.errors()).extracting(FieldError::field).containsExactly("title");

        Problem check = ConstraintProblems.of(
                violation(ConstraintKind.CHECK, "23514", "article", "article_published_at_ck", null), "PUT");
        assertThat(check.status()).isEqualTo(422);
        assertThat(check.errors()).extracting(FieldError::field).containsExactly("publishedAt");
    }

    @Test
    void theKindComesFromTheSqlStateWhenHibernateGivesNone() {
        Problem problem = ConstraintProblems.of(violation(null, "23505", "tag", "tag_slug_uk", null), "POST");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains("« slug »");
    }

    @Test
    void withoutAReportTheAnswerStaysGeneric() {
        var bare = new ConstraintViolationException("refused", new SQLException("refused", "23505"), "mystery_uk");
        Problem problem = ConstraintProblems.of(bare, "POST");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).doesNotContain("mystery");

        var primaryKey = violation(ConstraintKind.UNIQUE, "23505", "article", "article_pkey", null);
        assertThat(ConstraintProblems.of(primaryKey, "POST").detail()).doesNotContain("pkey").doesNotContain("«");
    }

    /** What Hibernate throws for a PostgreSQL refusal: the server's report fields, \0-separated. */
    private static ConstraintViolationException violation(ConstraintKind kind, String sqlState, String table,
            String constraint, String column) {
        StringBuilder report = new StringBuilder("SERROR\0C").append(sqlState).append("\0Mrefused\0t").append(table).append('\0');
        if (constraint != null) {
            report.append('n').append(constraint).append('\0');
        }
        if (column != null) {
            report.append('c').append(column).append('\0');
        }
        PSQLException sql = new PSQLException(new ServerErrorMessage(report.toString()));
        return kind == null ? new ConstraintViolationException("refused", sql, constraint)
                : new ConstraintViolationException("refused", sql, kind, constraint);
    }
}
