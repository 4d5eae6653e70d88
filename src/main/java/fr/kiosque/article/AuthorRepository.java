package fr.kiosque.article;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class AuthorRepository extends TermRepository<Author> {

    AuthorRepository() {
        super(Author.class, "authors");
    }
}
