package fr.kiosque.article;

import fr.kiosque.common.persistence.Timestamps;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A keyword ("Réseaux sociaux"), addressed by its folded slug ({@code reseaux-sociaux}). */
@Entity
@Table(name = "tag")
public class Tag extends Timestamps {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String name;
}
