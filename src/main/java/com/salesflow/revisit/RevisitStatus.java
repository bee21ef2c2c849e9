package com.salesflow.revisit;

/** PLANNED until its due date, OPEN while the task waits, DONE when recorded, SKIPPED when the series was stopped. */
public enum RevisitStatus {
    PLANNED, OPEN, DONE, SKIPPED
}
