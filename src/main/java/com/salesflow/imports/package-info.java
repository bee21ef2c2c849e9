/**
 * Imports of CSV and XLSX files in the background: reading the rows, the job with its progress, and the report of
 * rejected rows. What a row means belongs to the feature that owns its {@link com.salesflow.imports.ImportKind}.
 */
package com.salesflow.imports;
