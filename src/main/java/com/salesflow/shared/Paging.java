package com.salesflow.shared;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** The {@code page}, {@code size} and {@code sort} parameters of every list resource (CONTRACTS.md). */
public final class Paging {

    public static final int MAX_PAGE_SIZE = 200;

    private Paging() {
    }

    /**
     * {@code sort=name} or {@code sort=-name}, only a property of {@code sortable}, so that a typo is a 400, not a
     * 500; {@code tiebreakers} (ascending) make the order stable between pages.
     */
    public static Pageable pageable(int page, int size, String sort, List<String> sortable, String... tiebreakers) {
        boolean descending = sort.startsWith("-");
        String property = descending ? sort.substring(1) : sort;
        if (!sortable.contains(property)) {
            throw InvalidInputException.of("sort", "sort.unknown",
                    "Cannot sort by " + property + "; sort by one of " + sortable);
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "page.range",
                    "page must be 0 or more and size 1 to " + MAX_PAGE_SIZE);
        }
        Sort order = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property);
        return PageRequest.of(page, size, tiebreakers.length == 0 ? order : order.and(Sort.by(tiebreakers)));
    }
}
