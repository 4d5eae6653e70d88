-- The FIRST moderation policy rests on proof, not on a typed e-mail: each answer to a reader's
-- post carries a commenter token (256 random bits), and every comment keeps the SHA-256 of the
-- token of its commenter (the token itself is never stored, like the deletion token). A later post
-- that presents the token is bound to the same commenter; it is approved at once under FIRST when
-- one of that commenter's comments is approved and none is SPAM. Staff replies have none.
--
-- Numbered 114 rather than 15 so that it does not collide with migrations of other branches.
alter table comment add column commenter_token_hash bytea;

-- "What standing has this commenter?": the comments holding the token.
create index comment_commenter_idx on comment (commenter_token_hash) where commenter_token_hash is not null;
