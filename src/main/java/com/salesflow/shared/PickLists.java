package com.salesflow.shared;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesflow.pick-lists.*}: the industries and regions offered when a customer or lead is entered. The decision
 * tables {@code lead-score} and {@code lead-routing} compare these exact (English) values, so the lists and the
 * tables change together; screens show them in the user's language ({@code pickList.industry.<value>}), and a value
 * outside the list is still accepted (it scores no fit points).
 */
@ConfigurationProperties("salesflow.pick-lists")
public record PickLists(List<String> industries, List<String> regions) {

    public PickLists {
        industries = industries == null || industries.isEmpty() ? List.of("Machinery", "Electronics", "Auto parts",
                "Medical devices", "Chemicals", "Building materials", "Packaging", "Logistics", "Food", "Textiles",
                "Furniture", "Software") : List.copyOf(industries);
        regions = regions == null || regions.isEmpty() ? List.of("East", "West", "North", "South", "Central")
                : List.copyOf(regions);
    }
}
