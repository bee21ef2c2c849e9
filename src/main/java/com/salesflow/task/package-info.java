/**
 * The task list (任务列表): user tasks of every process, claimed and completed through the Camunda Forms
 * ({@code forms/*.form}) bound to them. {@code form} parses and checks those forms; {@code ui} renders them.
 */
package com.salesflow.task;
