-- The comment rules that count per e-mail address (the 24-hour duplicate check here; the rate
-- limit keys its counters the same way) compare a key of the address, not the address typed:
-- lower case, the local part without its "+tag" (common/text/EmailKey), so that eva+1@x.fr and
-- eva+2@x.fr are one author. author_email keeps what the reader typed, for moderators.
--
-- Numbered 113 rather than 14 so that it does not collide with migrations of other branches
-- (it may be renumbered when they merge).
alter table comment add column author_email_key varchar(320);

-- Comments already stored: EmailKey's rule as it stands (lower case; from the first "+" of the
-- local part to its last "@" removed, unless the local part starts with "+" or a quote).
update comment
   set author_email_key = regexp_replace(lower(author_email), '^([^+"][^+]*)\+.*(@[^@]*)$', '\1\2')
 where author_email is not null;

-- Duplicates of the same author on an article, by key (the e-mail index served that and the
-- FIRST moderation policy, which no longer looks at e-mails).
drop index comment_author_email_idx;
create index comment_author_email_key_idx on comment (author_email_key, article_id, created_at);
