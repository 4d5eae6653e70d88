package fr.kiosque.article;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class SectionRepository extends TermRepository<Section> {

    SectionRepository() {
        super(Section.class, "section");
    }
}
