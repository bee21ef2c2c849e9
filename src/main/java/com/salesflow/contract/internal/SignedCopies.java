package com.salesflow.contract.internal;

import com.salesflow.contract.SignedCopy;

/** A safe file name for a signed copy, whatever name it was uploaded with. */
final class SignedCopies {

    private SignedCopies() {
    }

    static String fileName(String uploaded, String contractNumber, String type) {
        String base = uploaded == null ? "" : uploaded.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (base.isEmpty() || base.length() > 150) {
            base = contractNumber + "-signed" + SignedCopy.extensionOf(type);
        }
        return base;
    }
}
