package com.salesflow.insight;

public enum RunTrigger { SCHEDULED, MANUAL }
