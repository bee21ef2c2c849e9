package com.salesflow.task;

/** Which tasks a list shows: my own, those offered to me or my groups (unclaimed), my teams' (supervisors). */
public enum TaskList { MINE, GROUP, TEAM }
