package fr.kiosque.common.openapi;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The order Swagger UI shows the API in: what frontends read first, then logging in, then the
 * staff API. Title, version and description come from {@code quarkus.smallrye-openapi.info-*}.
 * The staff's bearer scheme is declared here, first: Quarkus gives it to every {@code @RolesAllowed}
 * operation, with the roles as the requirement's list ({@link ProblemResponsesFilter} words the 401/403).
 */
@SecurityScheme(securitySchemeName = ProblemResponsesFilter.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Jeton d'accès JWT (RS256) obtenu sur /api/v1/auth/token ou /api/v1/auth/refresh, valable 15 minutes ;"
                + " conforme aux bonnes pratiques RFC8725 (algorithme fixé, émetteur et expiration vérifiés).")
@OpenAPIDefinition(
        info = @Info(title = "Kiosque API", version = "1.0.0"),
        tags = {
                @Tag(name = "Accueil", description = "Point d'entrée de l'API"),
                @Tag(name = "Articles", description = "Articles publiés"),
                @Tag(name = "Rubriques", description = "Rubriques du magazine"),
                @Tag(name = "Mots-clés", description = "Mots-clés des articles"),
                @Tag(name = "Auteurs", description = "Signatures du magazine"),
                @Tag(name = "Offres d'emploi", description = "Offres ouvertes, avec salaire, facettes et JobPosting schema.org"),
                @Tag(name = "Fiches métiers", description = "Métiers de la communication, du marketing et du digital, et ce qu'ils paient"),
                @Tag(name = "Images", description = "Fichiers de la médiathèque à adresse immuable (déclinaisons WebP, JPEG, PNG)"),
                @Tag(name = "Commentaires", description = "Discussion des lecteurs sous les articles"),
                @Tag(name = "Candidatures", description = "« Je dépose mon CV » : envoi d'un CV, spontané ou pour une offre, et son effacement"),
                @Tag(name = "Recherche", description = "Recherche plein texte en français dans les articles, les offres et les fiches métiers"),
                @Tag(name = "Pages", description = "Pages du site : qui sommes-nous, mentions légales, contact, politique de confidentialité"),
                @Tag(name = "API de contenu Ghost", description = "L'API de contenu de Ghost (v5) sur les contenus publiés de Kiosque,"
                        + " avec une clé d'API de contenu : les clients et frontends Ghost fonctionnent tels quels (docs/ghost.md)"),
                @Tag(name = "Flux", description = "Flux RSS 2.0, Atom 1.0 et JSON Feed 1.1 pour les sites partenaires, et plan du site"),
                @Tag(name = "Authentification", description = "Jetons d'accès de l'équipe"),
                @Tag(name = "Administration : articles", description = "Rédaction, programmation et publication, liens d'aperçu et versions (rôles editor, admin)"),
                @Tag(name = "Administration : rubriques", description = "Rubriques du magazine (rôles editor, admin)"),
                @Tag(name = "Administration : mots-clés", description = "Mots-clés des articles (rôles editor, admin)"),
                @Tag(name = "Administration : auteurs", description = "Signatures du magazine (rôles editor, admin)"),
                @Tag(name = "Administration : médiathèque", description = "Images : envoi, déclinaisons, description, suppression (rôles editor, admin)"),
                @Tag(name = "Administration : offres d'emploi", description = "Offres d'emploi (rôles recruiter, editor, admin)"),
                @Tag(name = "Administration : fiches métiers", description = "Fiches métiers (rôles editor, admin)"),
                @Tag(name = "Administration : commentaires", description = "Modération (rôles moderator, admin) et réponses de la rédaction (editor aussi)"),
                @Tag(name = "Administration : candidatures", description = "CV reçus, leur fichier, leur suivi, le journal des accès"
                        + " et les droits des candidats (rôles recruiter, admin)"),
                @Tag(name = "Administration : comptes", description = "Comptes de l'équipe et leurs rôles (rôle admin)"),
                @Tag(name = "Administration : webhooks", description = "Webhooks signés vers les frontends et les outils, et leur journal de livraison (rôle admin)"),
                @Tag(name = "Administration : pages", description = "Pages du site, brouillons et versions (rôles editor, admin)"),
                @Tag(name = "Administration : clés d'API de contenu", description = "Clés des partenaires et frontends pour l'API de contenu Ghost,"
                        + " leurs droits, limites, origines et leur usage (rôle admin)")
        })
public class KiosqueApiDefinition extends Application {
}
