package com.salesflow.task;

/** Due-date filter of the task list. */
public enum DueFilter { OVERDUE, TODAY, THIS_WEEK }
