/** The import dialog that every list with an import opens: upload, progress, rejected rows, template. */
@org.springframework.modulith.NamedInterface("ui")
package com.salesflow.imports.ui;
