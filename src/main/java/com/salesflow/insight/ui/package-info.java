/** The Insight screen: classification runs with progress, class trends, grade suggestions and replenishments. */
package com.salesflow.insight.ui;
