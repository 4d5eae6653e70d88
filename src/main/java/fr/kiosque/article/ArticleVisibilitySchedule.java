package fr.kiosque.article;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.VisibilitySchedule;

/** Scheduled articles go public at their {@code publishedAt}: the cached article answers expire then. */
@ApplicationScoped
class ArticleVisibilitySchedule implements VisibilitySchedule {

    @Inject ArticleRepository articles;

    @Override
    public String namespace() {
        return CacheNamespaces.ARTICLES;
    }

    @Override
    @Transactional
    public Optional<Instant> nextChangeAfter(Instant now) {
        return Optional.ofNullable(articles.getEntityManager().createQuery(
                "select min(a.publishedAt) from Article a where a.status = :scheduled and a.publishedAt > :now", Instant.class)
                .setParameter("scheduled", ArticleStatus.SCHEDULED)
                .setParameter("now", now)
                .getSingleResult());
    }
}
