package fr.kiosque.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The image at the top of an article; Hibernate leaves it null when all three columns are. */
@Embeddable
public class CoverImage {

    @Column(name = "cover_image_url")
    public String url;

    @Column(name = "cover_image_alt")
    public String alt;

    @Column(name = "cover_image_credit")
    public String credit;

    public CoverImage() {
    }

    public CoverImage(String url, String alt, String credit) {
        this.url = url;
        this.alt = alt;
        this.credit = credit;
    }
}
