package fr.kiosque.media;

import java.util.List;

/**
 * What the library asks of the features that show its images (the articles), without depending on
 * them: which of their items use an image (a delete is refused while any does), and "this image's
 * description changed" (their cached and stored answers that show it must go). The article feature
 * implements it; the media feature never reaches into articles.
 */
public interface MediaUsages {

    /** The titles of the items that use the image (cover or body), at most a few, for the 409's detail; empty when none. */
    List<String> usersOf(long mediaId);

    /** Inside the writing transaction: the image's alt, credit or focal point changed. */
    void changed(long mediaId);
}
