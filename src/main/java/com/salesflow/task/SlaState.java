package com.salesflow.task;

/** How a task stands against its due date: overdue, due within the next 24 hours, or fine. */
public enum SlaState { OVERDUE, DUE_SOON, ON_TRACK, NO_DUE_DATE }
