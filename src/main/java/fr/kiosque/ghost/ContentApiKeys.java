package fr.kiosque.ghost;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.cache.CacheInvalidator;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.ghost.api.ContentApiKeyRequest;
import fr.kiosque.ghost.api.ContentApiKeyView;

/**
 * Admins' use cases of Content API keys: create (the key shown once, its keyed hash kept), list,
 * read, change, delete (with If-Match; refused at once on every instance: a change invalidates
 * {@link KeyAccess#TAG}, so every instance reads its keys again), daily usage.
 */
@ApplicationScoped
class ContentApiKeys {

    private static final Logger LOG = Logger.getLogger(ContentApiKeys.class);

    @Inject ContentApiKeyRepository keys;
    @Inject KeyHashes hashes;
    @Inject CacheInvalidator invalidator;
    @Inject KeyUsage usage;

    @Transactional
    ContentApiKeyView.Created create(ContentApiKeyRequest request) {
        String key = KeyHashes.newKey();
        ContentApiKey entity = new ContentApiKey();
        entity.keyHash = hashes.hash(key);
        entity.keyHint = key.substring(key.length() - 4);
        apply(entity, request);
        keys.persist(entity);
        keys.flush();
        LOG.infof("Content API key %d created (%s, %s)", entity.id, entity.name, entity.rights);
        return new ContentApiKeyView.Created(key, view(entity));
    }

    @Transactional
    Page<ContentApiKeyView> list(PageRequest page) {
        return Page.of(keys.page(page).stream().map(ContentApiKeys::view).toList(), page, keys.count());
    }

    @Transactional
    ContentApiKeyView get(long id) {
        return view(find(id));
    }

    @Transactional
    ContentApiKeyView replace(long id, String ifMatch, ContentApiKeyRequest request) {
        ContentApiKey entity = find(id);
        Preconditions.requireMatch(ifMatch, entity.version);
        apply(entity, request);
        keys.flush();
        invalidator.invalidate(KeyAccess.TAG);
        return view(entity);
    }

    @Transactional
    void delete(long id, String ifMatch) {
        ContentApiKey entity = find(id);
        Preconditions.requireMatch(ifMatch, entity.version);
        keys.delete(entity);
        keys.flush();
        invalidator.invalidate(KeyAccess.TAG);
        LOG.infof("Content API key %d deleted", id);
    }

    /** This instance's counts are added first; other instances' within {@code kiosque.ghost.usage-flush-every}. */
    @Transactional
    ContentApiKeyView.UsageReport usage(long id) {
        usage.flush();
        find(id);
        return new ContentApiKeyView.UsageReport(id, keys.usage(id, ContentApiKeyView.USAGE_DAYS).stream()
                .map(row -> new ContentApiKeyView.Usage(day(row[0]), ((Number) row[1]).longValue()))
                .toList());
    }

    private static java.time.LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }

    private ContentApiKey find(long id) {
        return keys.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Aucune clé d'API de contenu n'a l'identifiant " + id + "."));
    }

    private static void apply(ContentApiKey entity, ContentApiKeyRequest request) {
        entity.name = request.name().strip();
        entity.rights = request.rights();
        entity.requestsPerMinute = request.requestsPerMinute();
        entity.allowedOrigins = request.allowedOrigins() == null ? new ArrayList<>()
                : new ArrayList<>(request.allowedOrigins().stream().map(String::strip).distinct().toList());
    }

    private static ContentApiKeyView view(ContentApiKey k) {
        return new ContentApiKeyView(k.id, k.name, k.keyHint, k.rights, k.requestsPerMinute, List.copyOf(k.allowedOrigins),
                k.createdAt, k.updatedAt, k.version);
    }
}
