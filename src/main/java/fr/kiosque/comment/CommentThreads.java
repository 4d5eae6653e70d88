package fr.kiosque.comment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.kiosque.article.Articles;
import fr.kiosque.article.Articles.CommentTarget;
import fr.kiosque.comment.CommentRepository.MentionCandidate;
import fr.kiosque.comment.CommentRepository.ThreadRow;
import fr.kiosque.comment.api.CommentView;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;

/** The public read of an article's comments: its threads, a page of top-level comments each with its replies. */
@ApplicationScoped
class CommentThreads {

    @Inject CommentRepository comments;
    @Inject Articles articles;
    @Inject CommentsConfig config;

    /**
     * Top-level comments (oldest first, or newest), each with its replies. Five statements whatever
     * the threads hold: the article, the count, the page of top-level ids, every comment of those
     * threads, the earlier commenters that mentions name.
     */
    @Transactional
    Page<CommentView> page(String slug, boolean newestFirst, PageRequest page) {
        CommentTarget article = articles.publicCommentTarget(slug).orElseThrow(() -> CommentChanges.unknownArticle(slug));
        long total = comments.countVisibleRoots(article.articleId());
        if (total == 0) {
            return Page.of(List.of(), page, 0);
        }
        List<Long> rootIds = comments.visibleRootIds(article.articleId(), newestFirst, page);
        if (rootIds.isEmpty()) {
            return Page.of(List.of(), page, total);
        }
        List<ThreadRow> rows = comments.threads(rootIds);
        List<String> shownTexts = rows.stream().filter(ThreadRow::shown).map(ThreadRow::body).toList();
        Map<String, List<MentionCandidate>> byKey = comments.mentionCandidates(article.articleId(), Mentions.keys(shownTexts))
                .stream().collect(Collectors.groupingBy(MentionCandidate::authorKey));
        Function<ThreadRow, List<CommentView.Mention>> mentions = row -> Mentions.resolve(row.id(), row.createdAt(), row.body(), byKey);
        return Page.of(Threads.build(rootIds, rows, config.maxDepth(), mentions), page, total);
    }
}
