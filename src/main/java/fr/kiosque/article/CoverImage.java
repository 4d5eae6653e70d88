package fr.kiosque.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The image at the top of an article: an image hosted elsewhere (url, alt, credit) or one of the media
 * library ({@code mediaId}: its alt, credit and variants are the library's). Hibernate leaves it null
 * when all four columns are.
 */
@Embeddable
public class CoverImage {

    @Column(name = "cover_image_url")
    public String url;

    @Column(name = "cover_image_alt")
    public String alt;

    @Column(name = "cover_image_credit")
    public String credit;

    @Column(name = "cover_media_id")
    public Long mediaId;

    public CoverImage() {
    }

    public CoverImage(String url, String alt, String credit) {
        this.url = url;
        this.alt = alt;
        this.credit = credit;
    }
}
