package fr.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.kiosque.comment.CommentRepository.MentionCandidate;
import fr.kiosque.comment.CommentRepository.ThreadRow;
import fr.kiosque.comment.api.CommentView;

/** Thread assembly and mentions, without a database. */
class ThreadsTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void depthTwoShowsEveryReplyFlatUnderItsTopLevelComment() {
        List<ThreadRow> rows = List.of(row(1, null, null, 0), row(2, 1L, 1L, 1), row(3, 2L, 1L, 2), row(4, 1L, 1L, 3), row(5, 3L, 1L, 4));
        CommentView thread = Threads.build(List.of(1L), rows, 2, r -> List.of()).get(0);
        assertThat(thread.replies()).extracting(CommentView::id).containsExactly(2L, 3L, 4L, 5L);
        assertThat(thread.replies()).extracting(CommentView::parentId).containsExactly(1L, 2L, 1L, 3L);
        assertThat(thread.replyCount()).isEqualTo(4);
        assertThat(thread.replies()).allMatch(r -> r.replies().isEmpty());
    }

    @Test
    void tombstonesStayOnlyForTheirShownReplies() {
        List<ThreadRow> rows = new ArrayList<>(List.of(row(1, null, null, 0), row(2, 1L, 1L, 1), row(3, 2L, 1L, 2)));
        rows.set(1, new ThreadRow(2, 1L, 1L, null, false, "", CommentStatus.APPROVED, T0, T0.plusSeconds(1)));
        CommentView thread = Threads.build(List.of(1L), rows, 3, r -> List.of()).get(0);
        CommentView tombstone = thread.replies().get(0);
        assertThat(tombstone.deleted()).isTrue();
        assertThat(tombstone.authorName()).isNull();
        assertThat(tombstone.body()).isEqualTo("commentaire supprimé");
        assertThat(thread.replyCount()).isEqualTo(1); // the tombstone does not count

        // a rejected root whose replies are not shown either: nothing to show
        List<ThreadRow> hidden = List.of(new ThreadRow(1, null, null, "Hauri", false, "x", CommentStatus.REJECTED, null, T0),
                new ThreadRow(2, 1L, 1L, "Yves", false, "y", CommentStatus.SPAM, null, T0.plusSeconds(1)));
        assertThat(Threads.build(List.of(1L), hidden, 3, r -> List.of())).isEmpty();
        assertThatThrownBy(() -> Threads.build(List.of(), List.of(), 1, r -> List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mentionsPickTheLongestKnownNameAndItsLatestEarlierComment() {
        Map<String, List<MentionCandidate>> byKey = Map.of(
                "jean", List.of(new MentionCandidate(10, "jean", T0)),
                "jean dupont", List.of(new MentionCandidate(11, "jean dupont", T0.plusSeconds(1)),
                        new MentionCandidate(12, "jean dupont", T0.plusSeconds(2)),
                        new MentionCandidate(20, "jean dupont", T0.plusSeconds(60))),
                "helene", List.of(new MentionCandidate(13, "helene", T0)));
        List<CommentView.Mention> mentions = Mentions.resolve(15, T0.plusSeconds(30),
                "@Jean Dupont merci ! @HÉLÈNE. Et @jean, bien sûr ; @Inconnu ; courriel jean@example.org", byKey);
        assertThat(mentions).containsExactly(new CommentView.Mention("Jean Dupont", 12), new CommentView.Mention("HÉLÈNE", 13),
                new CommentView.Mention("jean", 10));
        assertThat(Mentions.fold("  Hélène   d'Aubigné-Ütz ")).isEqualTo("helene d aubigne utz");
        assertThat(Mentions.keys(List.of("@Marie Claire Dupont Durand Martin"))).containsExactly(
                "marie claire dupont durand", "marie claire dupont", "marie claire", "marie");
    }

    @Test
    void aCommentShowsItsOldestHundredRepliesAndCountsThemAll() {
        int written = CommentView.MAX_REPLIES + 5;
        List<ThreadRow> rows = new ArrayList<>(List.of(row(1, null, null, 0)));
        for (int i = 0; i < written; i++) {
            rows.add(row(100 + i, 1L, 1L, 1 + i));
        }
        rows.add(row(10_000, 100L, 1L, 10_000)); // a reply to the first reply: at depth 3, under it

        CommentView thread = Threads.build(List.of(1L), rows, 3, r -> List.of()).get(0);
        assertThat(thread.replies()).hasSize(CommentView.MAX_REPLIES);
        assertThat(thread.replies()).extracting(CommentView::id).startsWith(100L, 101L).endsWith(100L + CommentView.MAX_REPLIES - 1);
        assertThat(thread.replyCount()).isEqualTo(written + 1);
        assertThat(thread.replies().get(0).replies()).extracting(CommentView::id).containsExactly(10_000L);
    }

    @Test
    void aCommentResolvesItsFirstTwentyMentionsAtMost() {
        Map<String, List<MentionCandidate>> byKey = new java.util.HashMap<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < CommentView.MAX_MENTIONS + 3; i++) {
            byKey.put("lecteur" + i, List.of(new MentionCandidate(i + 1, "lecteur" + i, T0)));
            text.append("@Lecteur").append(i).append(", ");
        }
        List<CommentView.Mention> mentions = Mentions.resolve(1_000, T0.plusSeconds(30), text.toString(), byKey);
        assertThat(mentions).hasSize(CommentView.MAX_MENTIONS);
        assertThat(mentions.get(0)).isEqualTo(new CommentView.Mention("Lecteur0", 1));
        assertThat(mentions.get(CommentView.MAX_MENTIONS - 1).commentId()).isEqualTo(CommentView.MAX_MENTIONS);
    }

    @Test
    void linksAreCounted() {
        assertThat(PostComment.links("voir https://a.example, http://b.example/x?y et www.c.example ; pas d.example")).isEqualTo(3);
        assertThat(PostComment.links("aucun lien")).isZero();
    }

    private static ThreadRow row(long id, Long parent, Long root, int second) {
        return new ThreadRow(id, parent, root, "Auteur " + id, false, "Texte " + id, CommentStatus.APPROVED, null,
                T0.plusSeconds(second));
    }
}
