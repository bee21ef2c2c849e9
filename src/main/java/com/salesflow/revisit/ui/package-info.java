/** The revisit list with its satisfaction chart, and the greeting templates. */
package com.salesflow.revisit.ui;
