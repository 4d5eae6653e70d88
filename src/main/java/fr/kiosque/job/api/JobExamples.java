package fr.kiosque.job.api;

/** French examples shown in Swagger UI. */
public final class JobExamples {

    private JobExamples() {
    }

    public static final String JOB_REQUEST = """
            {
              "title": "Chef de projet digital (H/F)",
              "company": {
                "name": "Agence Fil Rouge",
                "website": "https://www.agence-filrouge.fr",
                "logoUrl": "https://cdn.kiosque.fr/logos/agence-fil-rouge.png"
              },
              "location": { "city": "Lyon", "postalCode": "69002", "region": "auvergne-rhone-alpes", "country": "FR" },
              "remote": "HYBRID",
              "contract": "CDI",
              "experienceLevel": "CONFIRMED",
              "profile": "chef-de-projet-digital",
              "salary": { "min": 40000, "max": 50000, "currency": "EUR", "period": "YEAR", "gross": true },
              "description": "<p>Vous pilotez les projets web de nos clients, du cahier des charges à la mise en ligne.</p><ul><li>3 à 5 ans d'expérience</li><li>Deux jours de télétravail par semaine</li></ul>",
              "validThrough": "2027-01-31T23:59:59Z",
              "apply": { "method": "KIOSQUE" }
            }""";

    public static final String JOB_REQUEST_REMOTE = """
            {
              "title": "Rédacteur web SEO en freelance",
              "company": { "name": "Studio Plume" },
              "location": { "country": "FR" },
              "remote": "FULL_REMOTE",
              "contract": "FREELANCE",
              "profile": "seo-manager",
              "salary": { "min": 350, "max": 450, "period": "DAY" },
              "description": "<p>Missions de rédaction optimisée pour le référencement naturel, à distance.</p>",
              "apply": { "method": "EXTERNAL_URL", "url": "https://studio-plume.fr/candidater" }
            }""";

    public static final String PROFILE_REQUEST = """
            {
              "title": "Chef de projet digital",
              "summary": "Il ou elle conduit les projets web et mobiles, du cahier des charges à la mise en ligne.",
              "missions": ["Recueillir les besoins et rédiger le cahier des charges", "Coordonner développeurs, designers et rédacteurs", "Suivre le budget, le planning et la recette"],
              "skills": ["Gestion de projet (agile, cycle en V)", "Culture web et technique", "Sens de la négociation"],
              "education": "Bac +5 : école de commerce, d'ingénieurs ou master en communication numérique.",
              "careerPath": "Après quelques années, directeur ou directrice de projet, puis responsable du digital.",
              "salaryBands": [
                { "seniority": "JUNIOR", "min": 35000, "max": 40000 },
                { "seniority": "CONFIRMED", "min": 40000, "max": 50000 },
                { "seniority": "SENIOR", "min": 50000, "max": 65000 }
              ],
              "relatedArticles": ["toute-peine-merite-salaire"]
            }""";
}
