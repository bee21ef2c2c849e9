package com.salesflow.designer;

import java.util.Locale;
import java.util.Optional;

/** What a model file holds, told by its name's ending; the folder is where the repository keeps such files. */
public enum ModelKind {
    BPMN(".bpmn", "processes/"),
    DMN(".dmn", "processes/"),
    FORM(".form", "forms/");

    private final String extension;
    private final String folder;

    ModelKind(String extension, String folder) {
        this.extension = extension;
        this.folder = folder;
    }

    public String extension() {
        return extension;
    }

    /** The folder below which the file is deployed, as {@code processes/quote-approval.bpmn}. */
    public String folder() {
        return folder;
    }

    public static Optional<ModelKind> of(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (ModelKind kind : values()) {
            if (name.endsWith(kind.extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
