/**
 * The process designer (流程设计, issue 8): models, decision tables and forms edited in the browser, validated on the
 * server before anything is deployed, compared, deployed, rolled back, migrated, and decision tables tried on past
 * decisions (what-if).
 */
package com.salesflow.designer;
