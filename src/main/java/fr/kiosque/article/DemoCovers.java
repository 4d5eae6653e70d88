package fr.kiosque.article;

import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import fr.kiosque.media.MediaImports;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode's demo article gets its cover through the media library: the image shipped with the
 * demo data (db/demo/couverture-quitter-x.jpg) is uploaded once, through the upload's own checks,
 * and named by the article's cover. Never in the tests nor in production.
 */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoCovers {

    private static final Logger LOG = Logger.getLogger(DemoCovers.class);
    static final String SLUG = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs";
    static final String IMAGE = "db/demo/couverture-quitter-x.jpg";

    void onStart(@Observes StartupEvent event, EntityManager em, MediaImports imports) {
        boolean missing = QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "select 1 from article where slug = ?1 and cover_media_id is null").setParameter(1, SLUG).getResultList().isEmpty());
        if (!missing) {
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(IMAGE)) {
            if (in == null) {
                return;
            }
            long id = imports.importImage(in, "couverture-quitter-x.jpg", "Un téléphone affichant le logo de X, posé sur un bureau",
                    "Illustration : Kiosque").id();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update article set cover_media_id = ?1, cover_image_url = null, cover_image_alt = null, cover_image_credit = null"
                            + " where slug = ?2").setParameter(1, id).setParameter(2, SLUG).executeUpdate());
            LOG.infof("Demo article's cover: media %d from %s", id, IMAGE);
        } catch (Exception e) {
            LOG.warnf("Demo cover not added: %s", e.toString());
        }
    }
}
