package fr.kiosque.common.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The collection envelope: {@code { "items": [...], "page": {...} }}. */
public record Page<T>(List<T> items, PageInfo page) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, PageInfo.of(request, totalItems));
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
