package fr.kiosque.comment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.kiosque.comment.CommentRepository.ThreadRow;
import fr.kiosque.comment.api.CommentView;
import fr.kiosque.comment.api.CommentView.Mention;

/**
 * Builds the public threads of a page from its comments (pure logic, no database).
 * <ul>
 * <li>A comment shows when it is approved and not deleted. One that does not show (deleted,
 * rejected) but has replies that show is a tombstone: "commentaire supprimé", no author.</li>
 * <li>Replies nest up to {@code maxDepth} levels, the top-level comment being level 1. The
 * replies of a comment at the last level are shown beside it, at that level, in the order they
 * were written; each keeps its real {@code parentId}.</li>
 * <li>Replies are oldest first; {@code replyCount} counts the comments nested under one (at
 * every level, tombstones excepted).</li>
 * <li>A comment shows its {@value CommentView#MAX_REPLIES} oldest replies at most (the bound the
 * contract states); {@code replyCount} still counts them all.</li>
 * </ul>
 */
final class Threads {

    static final String DELETED_BODY = "commentaire supprimé";
    private static final Comparator<ThreadRow> WRITTEN = Comparator.comparing(ThreadRow::createdAt).thenComparingLong(ThreadRow::id);

    private final Map<Long, List<ThreadRow>> children = new HashMap<>();
    private final Map<Long, Boolean> visible = new HashMap<>();
    private final int maxDepth;
    private final Function<ThreadRow, List<Mention>> mentions;

    private Threads(List<ThreadRow> rows, int maxDepth, Function<ThreadRow, List<Mention>> mentions) {
        this.maxDepth = maxDepth;
        this.mentions = mentions;
        for (ThreadRow row : rows) {
            if (row.parentId() != null) {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        children.values().forEach(list -> list.sort(WRITTEN));
    }

    /**
     * The threads of these top-level comments, in the order of {@code rootIds}; a root that does
     * not show, nor any of its replies, is left out.
     */
    static List<CommentView> build(List<Long> rootIds, List<ThreadRow> rows, int maxDepth,
            Function<ThreadRow, List<Mention>> mentions) {
        if (maxDepth < 2) {
            throw new IllegalArgumentException("Threads nest two levels at least: " + maxDepth);
        }
        Threads threads = new Threads(rows, maxDepth, mentions);
        Map<Long, ThreadRow> roots = new HashMap<>();
        for (ThreadRow row : rows) {
            if (row.parentId() == null) {
                roots.put(row.id(), row);
            }
        }
        List<CommentView> views = new ArrayList<>();
        for (Long id : rootIds) {
            ThreadRow root = roots.get(id);
            if (root != null && threads.visible(root)) {
                views.add(threads.view(root, 1));
            }
        }
        return views;
    }

    private boolean visible(ThreadRow row) {
        Boolean known = visible.get(row.id());
        if (known == null) {
            known = row.shown() || children.getOrDefault(row.id(), List.of()).stream().anyMatch(this::visible);
            visible.put(row.id(), known);
        }
        return known;
    }

    private CommentView view(ThreadRow row, int level) {
        List<ThreadRow> shownBelow;
        if (level >= maxDepth) {
            shownBelow = List.of();
        } else if (level + 1 < maxDepth) {
            shownBelow = visibleChildren(row);
        } else {
            // the next level is the last: every reply below comes there, in the order written
            shownBelow = new ArrayList<>();
            collectDescendants(row, shownBelow);
            shownBelow.sort(WRITTEN);
        }
        List<CommentView> replies = new ArrayList<>(Math.min(shownBelow.size(), CommentView.MAX_REPLIES));
        int replyCount = 0;
        for (ThreadRow child : shownBelow) {
            CommentView reply = view(child, level + 1);
            if (replies.size() < CommentView.MAX_REPLIES) {
                replies.add(reply);
            }
            replyCount += reply.replyCount() + (reply.deleted() ? 0 : 1);
        }
        if (!row.shown()) {
            return new CommentView(row.id(), row.parentId(), null, false, DELETED_BODY, true, row.createdAt(), replyCount,
                    List.of(), replies);
        }
        return new CommentView(row.id(), row.parentId(), row.authorName(), row.staff(), row.body(), false, row.createdAt(),
                replyCount, mentions.apply(row), replies);
    }

    private List<ThreadRow> visibleChildren(ThreadRow row) {
        return children.getOrDefault(row.id(), List.of()).stream().filter(this::visible).toList();
    }

    private void collectDescendants(ThreadRow row, List<ThreadRow> into) {
        for (ThreadRow child : visibleChildren(row)) {
            into.add(child);
            collectDescendants(child, into);
        }
    }
}
