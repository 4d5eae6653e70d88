package fr.kiosque.common.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The collection envelope: {@code { "items": [...], "page": {...} }}. A page holds at most its
 * size, and a size is at most {@link PageRequest#MAX_SIZE}: the contract states it as
 * {@code maxItems}, and {@link #of} refuses more (a bug, never an answer).
 */
public record Page<T>(@Schema(maxItems = PageRequest.MAX_SIZE) List<T> items, PageInfo page) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(fitting(items, request), PageInfo.of(request, totalItems));
    }

    /** The items of a page of {@code request}, checked to fit in it ({@link PageRequest#MAX_SIZE} at most). */
    private static <T> List<T> fitting(List<T> items, PageRequest request) {
        if (items.size() > request.size()) {
            throw new IllegalStateException("A page of " + request.size() + " cannot hold " + items.size() + " items");
        }
        return items;
    }

    @Schema(name = "PageInfo")
    public record PageInfo(
            @Schema(examples = "1") int number,
            @Schema(examples = "20") int size,
            @Schema(examples = "134") long totalItems,
            @Schema(examples = "7") int totalPages) {

        static PageInfo of(PageRequest request, long totalItems) {
            int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
            return new PageInfo(request.number(), request.size(), totalItems, totalPages);
        }
    }
}
