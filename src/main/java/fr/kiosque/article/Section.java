package fr.kiosque.article;

import fr.kiosque.common.persistence.Timestamps;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A section of the magazine ("Le Magazine", "Les fiches métiers"…). */
@Entity
@Table(name = "section")
public class Section extends Timestamps {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String name;

    public String description;
}
