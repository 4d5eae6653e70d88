package fr.kiosque.media;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.kiosque.media.api.MediaView;

/**
 * The entry point of other features (articles): images by id, as records, with their variants'
 * public URLs. Everything else of media/ is package-private.
 */
@ApplicationScoped
public class MediaLibrary {

    static final String FILES_PATH = "/api/v1/media/files/";
    /** Narrowest first; at each width WebP, then the original's family. */
    private static final java.util.Comparator<Media.Variant> VARIANT_ORDER = java.util.Comparator.<Media.Variant> comparingInt(v -> v.width)
            .thenComparing(v -> !v.mediaType.equals("image/webp"));

    private final MediaRepository media;
    private final String origin;

    MediaLibrary(MediaRepository media, MediaConfig config) {
        this.media = media;
        this.origin = config.publicUrl().map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse("");
    }

    /** The images of those ids that exist, by id (one statement, and one for all their variants). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, MediaView> views(Collection<Long> ids) {
        Map<Long, MediaView> views = new LinkedHashMap<>();
        media.byIds(ids.stream().distinct().toList()).forEach(m -> views.put(m.id, view(m)));
        return views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaView> view(long id) {
        return media.findByIdOptional(id).map(this::view);
    }

    /** The public URL of a stored file. */
    public String url(String key) {
        return origin + FILES_PATH + key;
    }

    /** 0.2f as 0.2, not 0.20000000298023224. */
    private static double exact(float value) {
        return Double.parseDouble(Float.toString(value));
    }

    MediaView view(Media m) {
        return new MediaView(m.id, m.mediaType, m.width, m.height, m.bytes, m.alt, m.credit,
                m.focalX == null || m.focalY == null ? null : new MediaView.FocalPoint(exact(m.focalX), exact(m.focalY)),
                m.variants.stream().sorted(VARIANT_ORDER).map(v -> new MediaView.Variant(v.width, v.height, v.mediaType, url(v.fileKey), v.bytes)).toList(),
                m.createdAt, m.updatedAt, m.version);
    }
}
