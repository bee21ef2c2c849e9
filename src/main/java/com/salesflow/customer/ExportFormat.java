package com.salesflow.customer;

public enum ExportFormat { CSV, XLSX }
