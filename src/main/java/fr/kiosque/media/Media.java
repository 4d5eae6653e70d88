package fr.kiosque.media;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import fr.kiosque.common.persistence.Timestamps;

/** An image of the library: its cleaned original (by key in the store), its description and its variants. */
@Entity
@Table(name = "media")
class Media extends Timestamps {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "media_type")
    String mediaType;

    int width;

    int height;

    long bytes;

    @Column(name = "file_key")
    String fileKey;

    @Column(name = "file_name")
    String fileName;

    String alt;

    String credit;

    @Column(name = "focal_x")
    Float focalX;

    @Column(name = "focal_y")
    Float focalY;

    @ElementCollection
    @CollectionTable(name = "media_variant", joinColumns = @JoinColumn(name = "media_id"))
    @OrderBy("width asc, mediaType desc")
    List<Variant> variants = new ArrayList<>();

    @Embeddable
    static class Variant {
        int width;
        int height;
        @Column(name = "media_type")
        String mediaType;
        @Column(name = "file_key")
        String fileKey;
        long bytes;

        Variant() {
        }

        Variant(int width, int height, String mediaType, String fileKey, long bytes) {
            this.width = width;
            this.height = height;
            this.mediaType = mediaType;
            this.fileKey = fileKey;
            this.bytes = bytes;
        }
    }
}
