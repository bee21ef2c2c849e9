package com.salesflow.designer;

/**
 * Why a model cannot be deployed: {@code elementId} names the element the editor marks (null for the whole file),
 * {@code code} is stable for clients and translations ({@code error.<code>}), {@code message} says it in English.
 */
public record ModelProblem(String elementId, String code, String message) {
}
