/**
 * Customer profiles (客户档案): the four profile parts, contacts, the contact-record timeline, ownership with its
 * history, and the shared pool (公海). Every read and write respects the caller's data scope.
 */
package com.salesflow.customer;
