package com.salesflow.lead;

/** How much the lead asked for: LOW only contact details, MEDIUM information or samples, HIGH a quote or meeting. */
public enum Engagement { LOW, MEDIUM, HIGH }
