package com.salesflow.insight;

public enum RunStatus { RUNNING, DONE, FAILED }
