/**
 * Product catalogue (产品目录) and price lists (价格表) with their validity (issue 7): what a quote line may sell and
 * at which price on a given day. Everyone signed in reads them; administrators maintain products, administrators
 * and directors maintain price lists.
 */
package com.salesflow.product;
