package com.salesflow.product.internal;

import com.salesflow.product.Catalogue;
import com.salesflow.product.LinePrice;
import com.salesflow.product.PriceListSummary;
import com.salesflow.product.ProductFilter;
import com.salesflow.product.ProductSummary;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue as quotes use it; no user needed, so that process steps can price lines too. */
@Service
@Transactional(readOnly = true)
class CatalogueService implements Catalogue {

    private static final int MAX_PICK = 100;

    private final ProductRepository products;
    private final PriceListRepository lists;
    private final PriceListEntryRepository entries;

    CatalogueService(ProductRepository products, PriceListRepository lists, PriceListEntryRepository entries) {
        this.products = products;
        this.lists = lists;
        this.entries = entries;
    }

    @Override
    public LinePrice priceFor(long productId, long priceListId, LocalDate day) {
        List<FieldError> errors = new ArrayList<>();
        Product product = products.findById(productId).orElse(null);
        if (product == null) {
            errors.add(new FieldError("productId", "product.unknown", "There is no such product."));
        } else if (!product.isActive()) {
            errors.add(new FieldError("productId", "product.inactive", "This product is deactivated."));
        }
        PriceList list = lists.findById(priceListId).orElse(null);
        if (list == null) {
            errors.add(new FieldError("priceListId", "priceList.unknown", "There is no such price list."));
        } else {
            Optional.ofNullable(notValidOn(list, day)).ifPresent(errors::add);
        }
        InvalidInputException.throwIfAny(errors);
        PriceListEntry entry = entries.findByPriceListIdAndProductId(priceListId, productId).orElse(null);
        if (entry == null) {
            throw InvalidInputException.of("productId", "priceList.productMissing",
                    "The price list has no price for this product.");
        }
        if (!product.getCurrency().equals(list.getCurrency())) {
            // Price lists refuse products of another currency; a product's currency is locked while it is priced.
            throw InvalidInputException.of("priceListId", "priceList.productCurrency",
                    "The product is priced in " + product.getCurrency() + ", the price list in " + list.getCurrency()
                            + ".");
        }
        return new LinePrice(product.getId(), product.getCode(), product.getNameEn(), product.getNameZh(),
                product.getUnit(), entry.getUnitPrice(), product.getListPrice(), product.getCost(),
                product.getTaxRate(), list.getCurrency(), list.getId());
    }

    @Override
    public List<LinePrice> pricesFor(List<Long> productIds, long priceListId, LocalDate day) {
        PriceList list = lists.findById(priceListId).orElse(null);
        if (list == null) {
            throw InvalidInputException.of("priceListId", "priceList.unknown", "There is no such price list.");
        }
        FieldError notValid = notValidOn(list, day);
        if (notValid != null) {
            throw new InvalidInputException(List.of(notValid));
        }
        List<Long> distinct = productIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, Object[]> byId = distinct.isEmpty() ? Map.of()
                : products.findPriced(priceListId, distinct).stream()
                        .collect(Collectors.toMap(row -> (Long) row[0], row -> row));
        List<FieldError> errors = new ArrayList<>();
        List<LinePrice> priced = new ArrayList<>();
        for (int i = 0; i < productIds.size(); i++) {
            String field = "lines[" + i + "].productId";
            Object[] product = productIds.get(i) == null ? null : byId.get(productIds.get(i));
            if (product == null) {
                errors.add(new FieldError(field, "product.unknown", "There is no such product."));
            } else if (!(Boolean) product[8]) {
                errors.add(new FieldError(field, "product.inactive", "This product is deactivated."));
            } else if (product[9] == null) {
                errors.add(new FieldError(field, "priceList.productMissing",
                        "The price list has no price for this product."));
            } else {
                priced.add(new LinePrice((Long) product[0], (String) product[1], (String) product[2],
                        (String) product[3], (String) product[4], (java.math.BigDecimal) product[9],
                        (java.math.BigDecimal) product[5], (java.math.BigDecimal) product[6],
                        (java.math.BigDecimal) product[7], list.getCurrency(), list.getId()));
            }
        }
        InvalidInputException.throwIfAny(errors);
        return priced;
    }

    /** Why a quote cannot be priced from the list on that day; null when it can. */
    private static FieldError notValidOn(PriceList list, LocalDate day) {
        return switch (list.statusOn(day)) {
            case INACTIVE -> new FieldError("priceListId", "priceList.inactive", "This price list is deactivated.");
            case EXPIRED -> new FieldError("priceListId", "priceList.expired",
                    "This price list expired on " + list.getValidTo() + ".");
            case NOT_YET_VALID -> new FieldError("priceListId", "priceList.notYetValid",
                    "This price list is valid from " + list.getValidFrom() + ".");
            case VALID -> null;
        };
    }

    @Override
    public Optional<String> priceListName(long priceListId) {
        return lists.findById(priceListId).map(PriceList::getName);
    }

    @Override
    public List<PriceListSummary> validPriceLists(LocalDate day) {
        List<PriceList> valid = lists.validOn(day);
        Map<Long, Integer> counts = entries.countPerList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).intValue()));
        return valid.stream()
                .map(list -> PriceListService.summary(list, counts.getOrDefault(list.getId(), 0), day))
                .toList();
    }

    @Override
    public Optional<ProductSummary> product(long id) {
        return products.findById(id).map(ProductService::summary);
    }

    @Override
    public List<ProductSummary> activeProducts(String text, int limit) {
        return products.findAll(ProductService.matching(new ProductFilter(text, true)),
                        PageRequest.of(0, Math.max(1, Math.min(limit, MAX_PICK)), Sort.by("code")))
                .map(ProductService::summary).getContent();
    }
}
