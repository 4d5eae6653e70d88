package fr.kiosque.media;

import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.text.PlainText;
import fr.kiosque.media.api.MediaUpdate;
import fr.kiosque.media.api.MediaView;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Staff's use of the library: list and search, read, edit the description (the features that show
 * the image are told, so that their cached answers go), delete (refused while an article uses the
 * image; its files leave the store once no other image names them).
 */
@ApplicationScoped
class EditMedia {

    private static final Logger LOG = Logger.getLogger(EditMedia.class);

    @Inject MediaRepository media;
    @Inject MediaLibrary library;
    @Inject MediaStore store;
    @Inject Instance<MediaUsages> usages;

    @Transactional
    Page<MediaView> list(String q, PageRequest page) {
        String query = q == null || q.isBlank() ? null : PlainText.normalize(q);
        if (query != null && PlainText.length(query) > 200) {
            throw ProblemException.invalidField("q", "200 caractères au plus");
        }
        List<MediaView> items = media.search(query, page.offset(), page.size()).stream().map(library::view).toList();
        return Page.of(items, page, media.countSearch(query));
    }

    @Transactional
    MediaView get(long id) {
        return library.view(find(id));
    }

    @Transactional
    MediaView update(long id, String ifMatch, MediaUpdate update) {
        Media m = find(id);
        Preconditions.requireMatch(ifMatch, m.version);
        m.alt = blankToNull(update.alt());
        m.credit = blankToNull(update.credit());
        m.focalX = update.focalPoint() == null ? null : (float) update.focalPoint().x();
        m.focalY = update.focalPoint() == null ? null : (float) update.focalPoint().y();
        media.flush();
        usages.forEach(u -> u.changed(id));
        return library.view(m);
    }

    void delete(long id, String ifMatch) {
        Set<String> keys = QuarkusTransaction.requiringNew().call(() -> {
            Media m = find(id);
            Preconditions.requireMatch(ifMatch, m.version);
            List<String> users = usages.stream().flatMap(u -> u.usersOf(id).stream()).toList();
            if (!users.isEmpty()) {
                throw ProblemException.conflict("L'image est utilisée par : " + String.join(" ; ", users.stream().map(t -> "« " + t + " »")
                        .toList()) + ". Retirez-la de ces articles avant de la supprimer.");
            }
            Set<String> files = new LinkedHashSet<>();
            files.add(m.fileKey);
            m.variants.forEach(v -> files.add(v.fileKey));
            media.delete(m);
            media.flush();
            return files;
        });
        for (String key : keys) {
            try {
                // under the file's lock: an upload of the same bytes either named it before (kept) or stores it again after
                QuarkusTransaction.requiringNew().run(() -> {
                    media.lockFiles(List.of(key));
                    if (!media.fileInUse(key)) {
                        store.delete(key);
                    }
                });
            } catch (ProblemException e) {
                LOG.warnf("Media %d deleted, but its file %s is still in the store (%s): delete it by hand", id, key, e.getMessage());
            }
        }
    }

    private Media find(long id) {
        return media.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Aucune image n'a l'identifiant " + id + "."));
    }

    private static String blankToNull(String text) {
        String value = PlainText.normalize(text);
        return value == null || value.isBlank() ? null : value;
    }
}
