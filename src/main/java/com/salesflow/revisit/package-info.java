/** Post-sale revisits (售后回访) by grade after a delivered order, and care greetings (客户关怀) for contacts. */
package com.salesflow.revisit;
