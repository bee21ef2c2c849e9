package com.salesflow.revisit;

import java.time.YearMonth;

/** Recorded revisits of a month: how many, and their average satisfaction (1–5). */
public record SatisfactionMonth(YearMonth month, long count, double average) {
}
