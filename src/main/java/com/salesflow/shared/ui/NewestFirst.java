package com.salesflow.shared.ui;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The order of lazy grids that list records by creation: the user's column sort, else the newest first. */
public final class NewestFirst {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private NewestFirst() {
    }

    /** The grid's page with its sort plus the id as tiebreaker, so pages do not overlap; unsorted: newest first. */
    public static PageRequest unlessSorted(PageRequest page) {
        return page.withSort(page.getSort().isSorted() ? page.getSort().and(Sort.by(Sort.Order.desc("id")))
                : NEWEST_FIRST);
    }
}
