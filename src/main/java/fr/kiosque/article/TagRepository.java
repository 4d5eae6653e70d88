package fr.kiosque.article;

import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

@ApplicationScoped
class TagRepository extends TermRepository<Tag> {

    TagRepository() {
        super(Tag.class, "tags");
    }

    /**
     * Creates the tags of these slugs (and names) that do not exist yet, in one statement. Two
     * articles naming the same new tag at once share it: the second insert waits for the first
     * and then does nothing. Read the tags afterwards with {@link #findBySlugs}.
     */
    void insertMissing(Map<String, String> nameBySlug) {
        if (nameBySlug.isEmpty()) {
            return;
        }
        Collection<String> slugs = nameBySlug.keySet();
        getEntityManager().createNativeQuery("insert into tag (slug, name) select * from unnest(cast(?1 as text[]), cast(?2 as text[]))"
                + " on conflict (slug) do nothing")
                .setParameter(1, slugs.toArray(String[]::new))
                .setParameter(2, slugs.stream().map(nameBySlug::get).toArray(String[]::new))
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Tag.class)
                .executeUpdate();
    }
}
