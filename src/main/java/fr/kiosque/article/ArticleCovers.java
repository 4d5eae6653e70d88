package fr.kiosque.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import fr.kiosque.article.api.ArticleRequest.CoverImageRequest;
import fr.kiosque.article.api.Refs.CoverImageView;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.cache.CacheInvalidator;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.media.MediaLibrary;
import fr.kiosque.media.MediaUsages;
import fr.kiosque.media.api.MediaView;

/**
 * Articles' images from the media library: a cover that names a library image (checked when
 * written, its alt text required to publish), the cover's views with width, height and variants,
 * the body's {@code <img data-media-id>} given their dimensions and {@code srcset}, and what the
 * library asks of articles ({@link MediaUsages}): who uses an image, and "its description changed"
 * (the stored pages of the articles that show it are dropped, and the articles' cached answers).
 */
@ApplicationScoped
class ArticleCovers implements MediaUsages {

    static final String MEDIA_ATTRIBUTE = "data-media-id";
    /** The {@code sizes} of a body image: the column's width on large screens, the screen's on small ones. */
    static final String BODY_SIZES = "(min-width: 768px) 720px, 100vw";

    @Inject MediaLibrary library;
    @Inject EntityManager em;
    @Inject CacheInvalidator invalidator;

    /** The cover an editor asks for: a library image ({@code mediaId}, which must exist: 422) or an image hosted elsewhere ({@code url}). */
    CoverImage fromRequest(CoverImageRequest request) {
        if (request == null) {
            return null;
        }
        if (request.mediaId() != null) {
            if (library.view(request.mediaId()).isEmpty()) {
                throw ProblemException.unprocessableField("coverImage.mediaId", "Aucune image de la médiathèque n'a l'identifiant "
                        + request.mediaId() + ".");
            }
            CoverImage cover = new CoverImage(null, null, null);
            cover.mediaId = request.mediaId();
            return cover;
        }
        if (request.url() == null || request.url().isBlank()) {
            throw ProblemException.invalidField("coverImage.url", "url (une image hébergée ailleurs) ou mediaId (une image de la"
                    + " médiathèque) est requis");
        }
        return new CoverImage(request.url(), blank(request.alt()), blank(request.credit()));
    }

    /** A PUBLISHED or SCHEDULED article whose cover comes from the library needs that image's alt text (422 naming it). */
    void requirePublishable(Article article) {
        if ((article.status != ArticleStatus.PUBLISHED && article.status != ArticleStatus.SCHEDULED) || article.coverImage == null
                || article.coverImage.mediaId == null) {
            return;
        }
        boolean described = library.view(article.coverImage.mediaId).map(m -> m.alt() != null && !m.alt().isBlank()).orElse(false);
        if (!described) {
            throw ProblemException.unprocessableField("coverImage.alt", "L'image de une (médiathèque, image "
                    + article.coverImage.mediaId + ") n'a pas de texte alternatif : donnez-lui un alt avant de publier l'article.");
        }
    }

    /** The library images of these ids (none read when there is none). */
    Map<Long, MediaView> media(Collection<Long> ids) {
        List<Long> present = ids.stream().filter(Objects::nonNull).distinct().toList();
        return present.isEmpty() ? Map.of() : library.views(present);
    }

    /** The public view of a cover, its library image given when it has one. */
    static CoverImageView view(String url, String alt, String credit, Long mediaId, MediaView media) {
        if (mediaId != null) {
            if (media == null) {
                return null; // deleted meanwhile: no cover rather than a broken one
            }
            List<MediaView.Variant> variants = media.variants();
            String largest = variants.stream().filter(v -> !v.mediaType().equals("image/webp")).reduce((a, b) -> b)
                    .or(() -> variants.stream().reduce((a, b) -> b)).map(MediaView.Variant::url).orElse(null);
            return new CoverImageView(largest, mediaId, media.alt(), media.credit(), media.width(), media.height(), variants);
        }
        return url == null ? null : new CoverImageView(url, null, alt, credit, null, null, List.of());
    }

    CoverImageView view(CoverImage cover) {
        if (cover == null) {
            return null;
        }
        return view(cover.url, cover.alt, cover.credit, cover.mediaId, cover.mediaId == null ? null : media(List.of(cover.mediaId))
                .get(cover.mediaId));
    }

    /** The body with its library images given width, height, srcset, sizes and lazy loading; as it is when it names none. */
    String body(String html) {
        if (html == null || !html.contains(MEDIA_ATTRIBUTE)) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        List<Element> images = document.select("img[" + MEDIA_ATTRIBUTE + "]");
        Map<Long, MediaView> found = media(images.stream().map(ArticleCovers::mediaId).toList());
        for (Element img : images) {
            MediaView m = found.get(mediaId(img));
            if (m == null) {
                continue;
            }
            List<MediaView.Variant> family = m.variants().stream().filter(v -> !v.mediaType().equals("image/webp")).toList();
            if (family.isEmpty()) {
                continue;
            }
            img.attr("src", family.get(family.size() - 1).url());
            img.attr("width", String.valueOf(m.width()));
            img.attr("height", String.valueOf(m.height()));
            img.attr("srcset", String.join(", ", family.stream().map(v -> v.url() + " " + v.width() + "w").toList()));
            img.attr("sizes", BODY_SIZES);
            img.attr("loading", "lazy");
            if (!img.hasAttr("alt") && m.alt() != null) {
                img.attr("alt", m.alt());
            }
        }
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    private static Long mediaId(Element img) {
        String value = img.attr(MEDIA_ATTRIBUTE).strip();
        return value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> usersOf(long mediaId) {
        @SuppressWarnings("unchecked")
        List<String> titles = em.createNativeQuery("select title from article where " + USING + " order by id limit 10")
                .setParameter(1, mediaId).setParameter(2, "%" + MEDIA_ATTRIBUTE + "=\"" + mediaId + "\"%").getResultList();
        return titles;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(long mediaId) {
        int pages = em.createNativeQuery("delete from article_page where article_id in (select id from article where " + USING + ")")
                .setParameter(1, mediaId).setParameter(2, "%" + MEDIA_ATTRIBUTE + "=\"" + mediaId + "\"%").executeUpdate();
        List<String> users = usersOf(mediaId);
        if (pages > 0 || !users.isEmpty()) {
            invalidator.invalidate(CacheNamespaces.ARTICLES);
        }
    }

    /** The articles that show the image ?1: as their cover, or in their body (?2: the attribute as the sanitizer writes it). */
    private static final String USING = "(cover_media_id = ?1 or body like ?2)";

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
