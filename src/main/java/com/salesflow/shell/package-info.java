/** The application shell: layout, navigation, home page, languages. */
package com.salesflow.shell;
