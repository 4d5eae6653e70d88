-- Demo content for dev mode only (quarkus.flyway.locations in the %dev profile).
-- Written from the magazine page in shared/seed: the "Quitter X" article, its standfirst and pull
-- quote, "Toute peine mérite salaire" as a related article, the section "Le Magazine", plus
-- generated articles to page through. Idempotent: it may run again when this file changes.

insert into section (slug, name, description) values
    ('le-magazine', 'Le Magazine', 'L''actualité et les débats des métiers de la communication, du marketing et du digital.'),
    ('tendances', 'Tendances', 'Ce qui change dans les usages, les plateformes et les outils.'),
    ('carrieres', 'Carrières', 'Salaires, recrutements et évolutions professionnelles.')
on conflict (slug) do nothing;

insert into author (slug, name, role, bio) values
    ('la-redaction', 'La rédaction', 'Rédaction', 'L''équipe éditoriale du magazine.'),
    ('anne-redac', 'Anne Rédac', 'Journaliste', 'Anne couvre les réseaux sociaux et le marketing digital.'),
    ('paul-plume', 'Paul Plume', 'Chroniqueur', 'Paul suit les carrières et les rémunérations dans la communication.')
on conflict (slug) do nothing;

insert into tag (slug, name) values
    ('reseaux-sociaux', 'Réseaux sociaux'),
    ('x', 'X'),
    ('ethique', 'Éthique'),
    ('remuneration', 'Rémunération'),
    ('carriere', 'Carrière'),
    ('marketing-digital', 'Marketing digital')
on conflict (slug) do nothing;

insert into article (slug, title, standfirst, body, pull_quotes, section_id, status, published_at,
                     reading_time_minutes, comments_open)
values
    ('quitter-x-un-dilemme-pour-les-communicants-et-marketeurs',
     'Quitter X : un dilemme pour les communicants et marketeurs',
     'Abandonner la plateforme X, c’est 1 vraie question pour chacun. Mais encore plus quand on bosse dans la communication, le marketing ou le digital.',
     '<p>Abandonner la plateforme X, c’est une vraie question pour chacun. Elle se pose avec plus de force encore quand on travaille dans la communication, le marketing ou le digital : la plateforme fait partie des outils du métier.</p>'
         || '<blockquote><p>Car on n’utilise pas X pour (seulement) rigoler, c’est bien plus que ça.</p></blockquote>'
         || '<p>Veille, relations presse, gestion de crise, prise de parole des dirigeants : pour beaucoup de professionnels, X reste un fil d’information en temps réel. Mais le rapport signal/bruit baisse, et les marques s’interrogent sur le risque réputationnel.</p>'
         || '<p>Rester, partir, ou réinvestir d’autres territoires : chacun pèse la valeur de ses sources et les valeurs de sa marque.</p>',
     array['Car on n’utilise pas X pour (seulement) rigoler, c’est bien plus que ça.'],
     (select id from section where slug = 'le-magazine'),
     'PUBLISHED', now() - interval '1 hour', 1, true),
    ('toute-peine-merite-salaire',
     'Toute peine mérite salaire',
     'Rémunération, salaire, paie… autant de gros mots qui sont tabous en France, même dans les métiers de la création, de la communication, du marketing et du digital.',
     '<p>Rémunération, salaire, paie… autant de gros mots qui sont tabous en France, même dans les métiers de la création, de la communication, du marketing et du digital.</p>'
         || '<p>Pourtant, connaître les fourchettes de salaire de son métier aide à négocier, à changer de poste et à recruter.</p>',
     '{}',
     (select id from section where slug = 'le-magazine'),
     'PUBLISHED', now() - interval '3 days', 1, true)
on conflict (slug) do nothing;

insert into article_author (article_id, position, author_id)
select a.id, 0, au.id
from article a join author au on au.slug = case a.slug
    when 'quitter-x-un-dilemme-pour-les-communicants-et-marketeurs' then 'la-redaction'
    else 'paul-plume' end
where a.slug in ('quitter-x-un-dilemme-pour-les-communicants-et-marketeurs', 'toute-peine-merite-salaire')
on conflict do nothing;

insert into article_tag (article_id, tag_id)
select a.id, t.id
from article a join tag t on (a.slug, t.slug) in (
    ('quitter-x-un-dilemme-pour-les-communicants-et-marketeurs', 'reseaux-sociaux'),
    ('quitter-x-un-dilemme-pour-les-communicants-et-marketeurs', 'x'),
    ('quitter-x-un-dilemme-pour-les-communicants-et-marketeurs', 'ethique'),
    ('toute-peine-merite-salaire', 'remuneration'),
    ('toute-peine-merite-salaire', 'carriere'))
on conflict do nothing;

insert into article_related (article_id, position, related_id)
select a.id, 0, r.id
from article a, article r
where a.slug = 'quitter-x-un-dilemme-pour-les-communicants-et-marketeurs' and r.slug = 'toute-peine-merite-salaire'
on conflict do nothing;

-- Generated articles, older than the two above, to page through (3 pages of 20).
insert into article (slug, title, standfirst, body, section_id, status, published_at, reading_time_minutes)
select 'demo-' || n || '-' || topic.slug,
       topic.title || ' (n° ' || n || ')',
       topic.standfirst,
       '<p>' || topic.standfirst || '</p><p>Article de démonstration généré pour parcourir les pages de l’API.</p>',
       (select id from section where slug = topic.section),
       case when n % 10 = 0 then 'DRAFT' else 'PUBLISHED' end,
       case when n % 10 = 0 then null else now() - make_interval(days => 4 + n) end,
       1
from generate_series(1, 48) as n
join (values
    (0, 'veille-sociale', 'Veille sociale : ce qui a changé cette semaine', 'Les nouveautés des plateformes sociales, décryptées pour les équipes marketing.', 'tendances'),
    (1, 'marque-employeur', 'Marque employeur : les bonnes pratiques', 'Comment les entreprises racontent leur culture pour attirer les talents.', 'carrieres'),
    (2, 'newsletter', 'La newsletter, canal roi des marques ?', 'Retour en grâce de l’e-mail éditorial face aux algorithmes.', 'le-magazine'),
    (3, 'salaires-digital', 'Salaires du digital : le grand écart', 'Chefs de projet, UX designers, community managers : qui gagne quoi.', 'carrieres')
) as topic(k, slug, title, standfirst, section) on topic.k = n % 4
on conflict (slug) do nothing;

insert into article_author (article_id, position, author_id)
select a.id, 0, au.id
from article a join author au on au.slug = case when a.id % 2 = 0 then 'anne-redac' else 'paul-plume' end
where a.slug like 'demo-%'
on conflict do nothing;

insert into article_tag (article_id, tag_id)
select a.id, t.id
from article a join tag t on t.slug = case when a.slug like '%salaires%' or a.slug like '%marque%' then 'carriere' else 'marketing-digital' end
where a.slug like 'demo-%'
on conflict do nothing;
