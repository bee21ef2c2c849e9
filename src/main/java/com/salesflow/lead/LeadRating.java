package com.salesflow.lead;

/** From the {@code lead-rating} table on the score: hot (70+), warm (40–69), cold. */
public enum LeadRating { HOT, WARM, COLD }
