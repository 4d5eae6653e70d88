package fr.kiosque.article;

import fr.kiosque.common.persistence.Timestamps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who signs articles: a journalist, a columnist, "La rédaction". Not a login account. */
@Entity
@Table(name = "author")
public class Author extends Timestamps {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String name;

    /** Role or title shown with the byline ("Journaliste", "Rédactrice en chef"). */
    public String role;

    public String bio;

    @Column(name = "avatar_url")
    public String avatarUrl;
}
