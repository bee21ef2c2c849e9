package com.salesflow.task;

/**
 * Which tasks a list shows: my own, those offered to me or my groups (unclaimed), my teams' (supervisors), and those
 * I delegated to a teammate that have not come back yet.
 */
public enum TaskList { MINE, GROUP, TEAM, DELEGATED }
