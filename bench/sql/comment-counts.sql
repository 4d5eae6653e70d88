-- bench/generate, after comments.sql: each article's count of visible comments, as CommentService
-- keeps it (approved and not deleted).
\set ON_ERROR_STOP on
update article a set comment_count = coalesce(c.approved, 0)
from article x left join (select article_id, count(*) as approved from comment
                          where status = 'APPROVED' and deleted_at is null group by article_id) c on c.article_id = x.id
where a.id = x.id and a.comment_count is distinct from coalesce(c.approved, 0);
