package com.salesflow.contract.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prices an amended line as the quote did: quantity × unit price less the line's discount, less the quote's discount
 * over all lines, each step rounded half up to the cent; tax on that net. Lines an amendment leaves alone keep the
 * quote's figures to the cent.
 */
final class ContractPricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Priced(BigDecimal net, BigDecimal tax) {
    }

    private ContractPricing() {
    }

    static Priced price(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
            BigDecimal headerDiscountPercent, BigDecimal taxRate) {
        BigDecimal lineNet = money(quantity.multiply(unitPrice).multiply(HUNDRED.subtract(discountPercent))
                .divide(HUNDRED));
        BigDecimal net = money(lineNet.multiply(HUNDRED.subtract(headerDiscountPercent)).divide(HUNDRED));
        return new Priced(net, money(net.multiply(taxRate)));
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code percent} of {@code amount}, to the cent. */
    static BigDecimal share(BigDecimal amount, BigDecimal percent) {
        return money(amount.multiply(percent).divide(HUNDRED));
    }
}
