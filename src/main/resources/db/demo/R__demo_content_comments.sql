-- Demo comments for dev mode only: the seven comments of the magazine page in shared/seed, under
-- the "Quitter X" article, approved, with the page's thread shape. Five readers start threads
-- (hence the page's "5 commentaires" at the top level); "Derrière nos écrans de fumée" answers the
-- question about the film; the editorial team answers four readers in one reply ("@Sandra",
-- "@Hauri", "@Yves", "@Eva"), which the API resolves to their comments. First names only, as on
-- the page; the page names four of the readers through those mentions, the other two are given
-- first names here. E-mails are placeholders.
--
-- Named R__demo_content_comments so that Flyway, which runs repeatable migrations in the order of
-- their names, runs it after R__demo_content (which makes the article). Idempotent: it adds the
-- comments only to an article that has none.

do $$
declare
    quitter_x bigint;
    enjeu bigint;
    film bigint;
    hauri bigint;
    yves bigint;
    eva bigint;
begin
    select id into quitter_x from article where slug = 'quitter-x-un-dilemme-pour-les-communicants-et-marketeurs';
    if quitter_x is null or exists (select 1 from comment where article_id = quitter_x) then
        return;
    end if;

    insert into comment (article_id, author_name, author_key, author_email, body, status, created_at, updated_at)
    values (quitter_x, 'Marc', 'marc', 'marc@example.org',
            'L’enjeu global est important. il faut travailler sur des solutions alternatives !',
            'APPROVED', now() - interval '55 minutes', now() - interval '55 minutes')
    returning id into enjeu;

    insert into comment (article_id, author_name, author_key, author_email, body, status, created_at, updated_at)
    values (quitter_x, 'Sandra', 'sandra', 'sandra@example.org',
            'Le film s’appelle The social dilemma il me semble',
            'APPROVED', now() - interval '50 minutes', now() - interval '50 minutes')
    returning id into film;

    insert into comment (article_id, author_name, author_key, author_email, body, status, created_at, updated_at)
    values (quitter_x, 'Hauri', 'hauri', 'hauri@example.org',
            'la « propagande de Musk », un article extrement neutre. Peu importe, les gens vont rester sur X, et Musk ne va pas s’arrêter de dormir parceque la vieille France ne supporte pas que l’americaine se réveille….'
                || E'\n' || 'A un moment il faut prendre le train en marche.',
            'APPROVED', now() - interval '45 minutes', now() - interval '45 minutes')
    returning id into hauri;

    insert into comment (article_id, author_name, author_key, author_email, body, status, created_at, updated_at)
    values (quitter_x, 'Yves', 'yves', 'yves@example.org',
            'lorsqu’on est récepteur plutôt qu’émetteur de contenu, tant que le signal est audible il y a une vraie valeur à rester. le rapport signal/bruit est certes massivement à la baisse, c’est chronophage et usant, il faut juste bien connaître ses sources d’information –je ne parle pas de marques ou de consommateurs– et il reste beaucoup de contenus de qualité au quotidien.',
            'APPROVED', now() - interval '40 minutes', now() - interval '40 minutes')
    returning id into yves;

    insert into comment (article_id, author_name, author_key, author_email, body, status, created_at, updated_at)
    values (quitter_x, 'Eva', 'eva', 'eva@example.org',
            'Savoir s’adapter et se réinventer est un des prérequis de nos métiers. Les alternatives à X existent déjà. A nous de nous emparer de ces territoires et de les investir dans l’intérêt des marques que nous accompagnons. Que cela signifie poursuivre ou reprendre de 0 les stratégies déjà mises en place. La question du temps investi eu égard les risques de crise et réputationnels nombreux (sans parler de la question éthique centrale) que posent le fait de rester sur un réseau dont le propriétaire est un néo nazi assumé et qui a décrété très clairement son intention d’en faire un outil de propagande afin de normaliser son idéologie haineuse et de façonner l’opinion publique, est un non sujet en ce qui me concerne. Et c’est le cas de plusieurs marques qui ont déjà passé le pas.',
            'APPROVED', now() - interval '35 minutes', now() - interval '35 minutes')
    returning id into eva;

    -- the answer to the question about the film
    insert into comment (article_id, parent_id, root_id, author_name, author_key, author_email, body, status, created_at, updated_at)
    values (quitter_x, film, film, 'Claire', 'claire', 'claire@example.org',
            'Le documentaire dont vous cherchez le nom est “Derrière nos écrans de fumée” (The Social Dilemma).',
            'APPROVED', now() - interval '30 minutes', now() - interval '30 minutes');

    -- the editorial team answers four readers at once, under the last of them
    insert into comment (article_id, parent_id, root_id, author_name, author_key, author_email, body, status, staff,
                         created_at, updated_at)
    values (quitter_x, eva, eva, 'La rédaction', 'la redaction', 'admin@kiosque.local',
            'Merci pour les commentaires.' || E'\n'
                || '@Sandra : oui c’est ça « the social dilemna »' || E'\n'
                || '@Hauri : ce site n’est pas neutre en effet, j’assume la position choisie qui consiste à ne pas cautionner les extrêmes, quels qu’ils soient.' || E'\n'
                || '@Yves : intéressante ce rapport signal / bruit.' || E'\n'
                || '@Eva : votre point de vue est très intéressant et défend les enjeux de la communication de crise. Mais être « non-sujet » risque de ne plus être permis longtemps, ni pour les marques, ni pour chacun d’entre nous non ?',
            'APPROVED', true, now() - interval '10 minutes', now() - interval '10 minutes');

    update article set comment_count = (
        select count(*) from comment where article_id = quitter_x and status = 'APPROVED' and deleted_at is null)
    where id = quitter_x;
end $$;
