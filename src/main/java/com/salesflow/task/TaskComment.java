package com.salesflow.task;

import java.time.Instant;

public record TaskComment(String author, Instant time, String text) {
}
