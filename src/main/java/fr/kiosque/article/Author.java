package fr.kiosque.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Who signs articles: a journalist, a columnist, "La rédaction". Not a login account. */
@Entity
@Table(name = "author")
public class Author extends Term {

    /** Role or title shown with the byline ("Journaliste", "Rédactrice en chef"). */
    public String role;

    public String bio;

    @Column(name = "avatar_url")
    public String avatarUrl;
}
