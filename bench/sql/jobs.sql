-- bench/generate, jobs: a realistic job board in set-based SQL (no row-by-row inserts).
-- 50 career sheets (the magazine's twelve professions and 38 more) with pay bands, and :jobs
-- listings over the last year: about three in four open (a few scheduled), one in five closed
-- (the salary benchmarks read them), one in twenty drafts. Contracts, remote work and regions
-- follow a French job board's mix (a quarter in Île-de-France); salaries follow each profession's
-- bands, paid by the year or the month, the day for freelances, the hour for temps.
\set ON_ERROR_STOP on
begin;
truncate job_listing, job_profile restart identity cascade;

insert into job_profile (slug, title, summary, missions, skills, education, career_path,
                         junior_min, junior_max, confirmed_min, confirmed_max, senior_min, senior_max, related_articles)
select case when n <= 12 then p.slug else p.slug || '-' || n end,
       case when n <= 12 then p.title else p.title || ' ' || n end,
       'Ce que fait un ou une ' || lower(p.title) || ', au quotidien, et ce que le métier demande.',
       array['Définir la stratégie et le plan d''action', 'Produire et piloter les contenus', 'Mesurer et rendre compte'],
       array['Aisance rédactionnelle', 'Gestion de projet', 'Analyse de données'],
       'Bac +3 à Bac +5 en communication, marketing ou journalisme.',
       'Responsable d''équipe, puis direction de la communication ou du marketing.',
       p.base, p.base + 5000, p.base + 5000, p.base + 13000, p.base + 13000, p.base + 25000,
       array['article-' || (n * 37), 'article-' || (n * 53)]
from generate_series(1, 50) n
join (values (0, 'community-manager', 'Community manager', 28000), (1, 'charge-e-de-communication', 'Chargé(e) de communication', 28000),
             (2, 'chef-de-projet-digital', 'Chef de projet digital', 35000), (3, 'responsable-marketing', 'Responsable marketing', 38000),
             (4, 'attache-e-de-presse', 'Attaché(e) de presse', 27000), (5, 'ux-writer', 'UX writer', 32000),
             (6, 'data-analyst-marketing', 'Data analyst marketing', 36000), (7, 'seo-manager', 'SEO manager', 32000),
             (8, 'directeur-directrice-de-la-communication', 'Directeur / directrice de la communication', 50000),
             (9, 'social-media-manager', 'Social media manager', 30000), (10, 'brand-content-manager', 'Brand content manager', 32000),
             (11, 'traffic-manager', 'Traffic manager', 32000)) p(k, slug, title, base) on p.k = (n - 1) % 12;

create temporary table places (k int primary key, region text, city text, postal_code text) on commit drop;
insert into places values
    (0, 'ile-de-france', 'Paris', '75002'), (1, 'ile-de-france', 'Boulogne-Billancourt', '92100'),
    (2, 'ile-de-france', 'Paris', '75009'), (3, 'auvergne-rhone-alpes', 'Lyon', '69002'),
    (4, 'auvergne-rhone-alpes', 'Grenoble', '38000'), (5, 'provence-alpes-cote-d-azur', 'Marseille', '13002'),
    (6, 'provence-alpes-cote-d-azur', 'Nice', '06000'), (7, 'occitanie', 'Toulouse', '31000'),
    (8, 'occitanie', 'Montpellier', '34000'), (9, 'nouvelle-aquitaine', 'Bordeaux', '33000'),
    (10, 'pays-de-la-loire', 'Nantes', '44000'), (11, 'hauts-de-france', 'Lille', '59000'),
    (12, 'bretagne', 'Rennes', '35000'), (13, 'grand-est', 'Strasbourg', '67000'),
    (14, 'normandie', 'Rouen', '76000'), (15, 'bourgogne-franche-comte', 'Dijon', '21000'),
    (16, 'centre-val-de-loire', 'Tours', '37000'), (17, 'corse', 'Ajaccio', '20000'),
    (18, 'la-reunion', 'Saint-Denis', '97400'), (19, 'guadeloupe', 'Pointe-à-Pitre', '97110');

insert into job_listing (slug, title, company_name, company_website, company_logo_url, city, postal_code, region, country,
                         remote, contract, experience_level, profile_id, salary_min, salary_max, salary_period,
                         description, status, date_posted, valid_through, closed_at, apply_method, apply_url,
                         created_at, updated_at)
select 'offre-' || n,
       p.title || ' (H/F)',
       'Entreprise ' || (1 + n % 1500),
       case when n % 3 = 0 then null else 'https://entreprise-' || (1 + n % 1500) || '.example' end,
       case when n % 4 = 0 then null else 'https://cdn.kiosque.fr/logos/' || (1 + n % 1500) || '.png' end,
       case when x.remote = 'FULL_REMOTE' then null else pl.city end,
       case when x.remote = 'FULL_REMOTE' then null else pl.postal_code end,
       case when x.remote = 'FULL_REMOTE' then null else pl.region end,
       'FR', x.remote, x.contract, x.level, p.id,
       case x.period when 'YEAR' then x.yearly when 'MONTH' then round(x.yearly / 12 / 50) * 50
                     when 'DAY' then 300 + (n * 13) % 300 else 12 + (n % 9) end,
       case x.period when 'YEAR' then x.yearly + 4000 + (n % 4) * 1000 when 'MONTH' then round((x.yearly + 5000) / 12 / 50) * 50
                     when 'DAY' then 350 + (n * 13) % 300 else 14 + (n % 9) end,
       x.period,
       '<p>Rejoignez l''équipe communication de l''entreprise ' || (1 + n % 1500) || ' comme ' || lower(p.title)
           || '.</p><ul><li>Piloter les projets et les prestataires</li><li>Produire des contenus qui comptent</li>'
           || '<li>Mesurer et améliorer</li></ul><p>Vous aimez écrire, convaincre et apprendre.</p>',
       x.status,
       x.posted,
       case when x.status = 'CLOSED' then x.posted + interval '45 days' else now() + make_interval(days => 11 + n % 60, mins => n % 1440) end,
       case when x.status = 'CLOSED' then x.posted + interval '45 days' end,
       case when n % 5 = 0 then 'EXTERNAL_URL' else 'KIOSQUE' end,
       case when n % 5 = 0 then 'https://entreprise-' || (1 + n % 1500) || '.example/offres/' || n end,
       coalesce(x.posted, now()) - interval '1 hour', coalesce(x.posted, now())
from generate_series(1, :jobs) g(n)
join job_profile p on p.id = 1 + (n * 7) % 50
join places pl on pl.k = case when n % 100 < 25 then n % 3 else 3 + (n * 11) % 17 end
cross join lateral (
    select c.contract, r.remote, l.level, s.status, s.posted,
           case when c.contract = 'FREELANCE' then 'DAY' when c.contract = 'INTERIM' then 'HOUR'
                when c.contract in ('INTERNSHIP', 'APPRENTICESHIP') or n % 10 < 3 then 'MONTH' else 'YEAR' end as period,
           case when c.contract = 'INTERNSHIP' then 8400 + (n % 6) * 1200
                when c.contract = 'APPRENTICESHIP' then 11000 + (n % 6) * 1500
                else case l.level when 'JUNIOR' then p.junior_min when 'CONFIRMED' then p.confirmed_min else p.senior_min end
                     + (n % 5) * 1000 end as yearly
    from (select case when n % 100 < 55 then 'CDI' when n % 100 < 70 then 'CDD' when n % 100 < 75 then 'INTERIM'
                      when n % 100 < 85 then 'FREELANCE' when n % 100 < 95 then 'INTERNSHIP' else 'APPRENTICESHIP' end) c(contract),
         (select case when n % 20 < 8 then 'ON_SITE' when n % 20 < 17 then 'HYBRID' else 'FULL_REMOTE' end) r(remote),
         (select case when n % 3 = 0 then 'JUNIOR' when n % 3 = 1 then 'CONFIRMED' else 'SENIOR' end) l(level),
         (select case when n % 20 = 0 then 'DRAFT' when n % 20 < 5 then 'CLOSED' else 'OPEN' end,
                 case when n % 20 = 0 then null
                      when n % 20 < 5 then now() - make_interval(days => 50 + n % 300)
                      when n % 50 = 7 then now() + make_interval(days => 1 + n % 10)
                      else now() - make_interval(days => n % 60, mins => n % 1440) end) s(status, posted)
) x;

commit;
