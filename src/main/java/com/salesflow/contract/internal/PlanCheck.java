package com.salesflow.contract.internal;

import com.salesflow.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;

/** The payment plan's one rule: its instalments add up to the contract total, to the cent. */
final class PlanCheck {

    private PlanCheck() {
    }

    static void requireSum(List<BigDecimal> amounts, BigDecimal total) {
        BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (amounts.isEmpty() || sum.compareTo(total) != 0) {
            throw InvalidInputException.of("instalments", "contract.planSum", "The instalments add up to "
                    + sum.toPlainString() + "; the contract total is " + total.toPlainString() + ".");
        }
    }
}
