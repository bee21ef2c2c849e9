package com.salesflow.shared;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * The list shape of every API resource: {@code {items, page, size, total}}, and {@code totalCapped} when the list
 * stopped counting (or matching) at a limit, so that {@code total} means "at least".
 */
public record PageResult<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

    public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper) {
        return of(page, mapper, false);
    }

    public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper, boolean totalCapped) {
        return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), totalCapped);
    }
}
