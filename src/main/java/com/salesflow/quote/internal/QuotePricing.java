package com.salesflow.quote.internal;

import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a quote, in {@link BigDecimal} with money rounded half-up to the cent at each line, as an
 * invoice shows it: line amount = quantity × unit price less the line discount; the header discount comes off the
 * sum of the lines and is spread over the lines in proportion for their tax; total = net + tax. Margin is net less
 * cost. Pure: no database, no clock.
 */
final class QuotePricing {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MONEY = 2;

    /** One line as priced: quantity, unit price and discount from the user; cost and tax rate from the catalogue. */
    record Line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal unitCost,
            BigDecimal taxRate) {
    }

    /** A line's amounts: gross = quantity × unit price, net after the line discount, and its share of tax. */
    record PricedLine(BigDecimal gross, BigDecimal net, BigDecimal netAfterHeader, BigDecimal tax, BigDecimal cost) {
    }

    record Totals(List<PricedLine> lines, BigDecimal gross, BigDecimal linesNet, BigDecimal headerDiscount,
            BigDecimal net, BigDecimal tax, BigDecimal total, BigDecimal cost, BigDecimal margin,
            BigDecimal marginPercent, BigDecimal maxLineDiscount, BigDecimal totalDiscountPercent) {
    }

    private QuotePricing() {
    }

    /**
     * Checks every line (field errors named {@code lines[i].field}) and the header discount, then prices. A unit
     * price after the line discount may fall below cost by at most {@code belowCostAllowance} percent.
     */
    static Totals price(List<Line> lines, BigDecimal headerDiscountPercent, BigDecimal belowCostAllowance) {
        List<FieldError> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            errors.add(new FieldError("lines", "quote.lines", "A quote needs at least one line."));
        }
        BigDecimal header = headerDiscountPercent == null ? BigDecimal.ZERO : headerDiscountPercent;
        if (!isPercent(header)) {
            errors.add(new FieldError("headerDiscountPercent", "quote.discount", "A discount is between 0 and 100 %."));
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String prefix = "lines[" + i + "].";
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                errors.add(new FieldError(prefix + "quantity", "quote.quantity", "The quantity must be above 0."));
            }
            if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
                errors.add(new FieldError(prefix + "unitPrice", "quote.unitPrice",
                        "The unit price cannot be negative."));
            }
            BigDecimal discount = line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent();
            if (!isPercent(discount)) {
                errors.add(new FieldError(prefix + "discountPercent", "quote.discount",
                        "A discount is between 0 and 100 %."));
            } else if (line.unitPrice() != null && line.unitPrice().signum() >= 0 && line.unitCost() != null
                    && line.unitCost().signum() > 0) {
                BigDecimal floor = line.unitCost().multiply(HUNDRED.subtract(belowCostAllowance))
                        .divide(HUNDRED, MONEY, RoundingMode.HALF_UP);
                BigDecimal effective = afterDiscount(line.unitPrice(), discount);
                if (effective.compareTo(floor) < 0) {
                    errors.add(new FieldError(prefix + "discountPercent", "quote.belowCost",
                            "The price after discount is below the lowest allowed price (" + floor.toPlainString()
                                    + ")."));
                }
            }
        }
        InvalidInputException.throwIfAny(errors);

        List<BigDecimal> grosses = new ArrayList<>();
        List<BigDecimal> nets = new ArrayList<>();
        List<BigDecimal> costs = new ArrayList<>();
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal linesNet = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal maxLineDiscount = BigDecimal.ZERO;
        for (Line line : lines) {
            BigDecimal discount = line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent();
            BigDecimal lineGross = money(line.quantity().multiply(line.unitPrice()));
            BigDecimal lineNet = money(lineGross.multiply(HUNDRED.subtract(discount)).divide(HUNDRED));
            BigDecimal lineCost = money(line.quantity().multiply(line.unitCost() == null ? BigDecimal.ZERO
                    : line.unitCost()));
            grosses.add(lineGross);
            nets.add(lineNet);
            costs.add(lineCost);
            gross = gross.add(lineGross);
            linesNet = linesNet.add(lineNet);
            cost = cost.add(lineCost);
            maxLineDiscount = maxLineDiscount.max(discount);
        }
        BigDecimal headerDiscount = money(linesNet.multiply(header).divide(HUNDRED));
        BigDecimal net = linesNet.subtract(headerDiscount);

        // The header discount is spread over the lines in proportion to their net; the last line takes the cents
        // left by rounding, so the lines add up to the net exactly.
        List<PricedLine> priced = new ArrayList<>();
        BigDecimal spread = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BigDecimal lineNet = nets.get(i);
            BigDecimal share = i == lines.size() - 1 ? headerDiscount.subtract(spread)
                    : linesNet.signum() == 0 ? BigDecimal.ZERO
                            : money(headerDiscount.multiply(lineNet).divide(linesNet, 10, RoundingMode.HALF_UP));
            spread = spread.add(share);
            BigDecimal afterHeader = lineNet.subtract(share);
            BigDecimal lineTax = money(afterHeader.multiply(line.taxRate() == null ? BigDecimal.ZERO
                    : line.taxRate()));
            tax = tax.add(lineTax);
            priced.add(new PricedLine(grosses.get(i), lineNet, afterHeader, lineTax, costs.get(i)));
        }
        BigDecimal margin = net.subtract(cost);
        BigDecimal marginPercent = net.signum() == 0 ? BigDecimal.ZERO
                : margin.multiply(HUNDRED).divide(net, 1, RoundingMode.HALF_UP);
        BigDecimal totalDiscount = gross.signum() == 0 ? BigDecimal.ZERO
                : gross.subtract(net).multiply(HUNDRED).divide(gross, 1, RoundingMode.HALF_UP);
        return new Totals(priced, gross, linesNet, headerDiscount, net, tax, net.add(tax), cost, margin,
                marginPercent, maxLineDiscount, totalDiscount);
    }

    static BigDecimal afterDiscount(BigDecimal unitPrice, BigDecimal discountPercent) {
        return unitPrice.multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED, MONEY, RoundingMode.HALF_UP);
    }

    private static boolean isPercent(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(MONEY, RoundingMode.HALF_UP);
    }
}
