package fr.kiosque.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.time.Now;
import fr.kiosque.search.api.SearchHit;
import fr.kiosque.search.api.SearchResults;

/**
 * Search across the magazine: published articles, open job listings and career sheets, with
 * PostgreSQL's French full text (accents folded, words stemmed). See docs/search.md.
 */
@ApplicationScoped
public class SearchService {

    @Inject SearchRepository repository;
    @Inject SearchConfig config;
    @Inject Clock clock;

    /** Validates {@code q} for the list routes that filter on it (400 naming {@code q}); {@code null} when absent. */
    public static String queryParameter(String q) {
        return q == null ? null : SearchQuery.text(q);
    }

    @Transactional
    SearchResults search(SearchQuery query, PageRequest page) {
        Instant now = Now.of(clock);
        List<SearchRepository.Row> rows = repository.search(query.text(), query.types(), now, config.window(), page);
        long total = rows.isEmpty() ? 0 : rows.get(0).total();
        String suggestion = null;
        if (total == 0) {
            List<String> words = Arrays.stream(query.text().split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
            suggestion = repository.suggestion(words).filter(s -> repository.anyMatch(s, now)).orElse(null);
        }
        List<SearchHit> items = rows.stream()
                .map(r -> new SearchHit(r.type(), r.slug(), r.title(), snippet(r.snippet()), r.publishedAt()))
                .toList();
        return new SearchResults(items, Page.of(items, page, total).page(), suggestion);
    }

    /** The headline as HTML whose only markup is {@code <mark>}: entities decoded, everything else escaped. */
    static String snippet(String headline) {
        if (headline == null) {
            return "";
        }
        String text = Parser.unescapeEntities(headline, false).replaceAll("\\s+", " ").strip();
        StringBuilder html = new StringBuilder(text.length() + 32);
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == SearchRepository.START.charAt(0) || c == SearchRepository.STOP.charAt(0)) {
                html.append(Entities.escape(plain.toString())).append(c == SearchRepository.START.charAt(0) ? "<mark>" : "</mark>");
                plain.setLength(0);
            } else {
                plain.append(c);
            }
        }
        return html.append(Entities.escape(plain.toString())).toString();
    }
}
