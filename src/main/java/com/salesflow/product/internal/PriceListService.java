package com.salesflow.product.internal;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.product.PriceListDetails;
import com.salesflow.product.PriceListForm;
import com.salesflow.product.PriceListItem;
import com.salesflow.product.PriceListSummary;
import com.salesflow.product.PriceLists;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Price lists and their items: everyone reads, administrators and directors maintain. */
@Service
@Transactional
class PriceListService implements PriceLists {

    /** Newest validity first; the id keeps lists that start on the same day in a stable order. */
    static final Comparator<PriceList> NEWEST_FIRST = Comparator.comparing(PriceList::getValidFrom).reversed()
            .thenComparing(PriceList::getId, Comparator.reverseOrder());

    private final PriceListRepository lists;
    private final PriceListEntryRepository entries;
    private final ProductRepository products;
    private final CurrentUser currentUser;
    private final Clock clock;

    PriceListService(PriceListRepository lists, PriceListEntryRepository entries, ProductRepository products,
            CurrentUser currentUser, Clock clock) {
        this.lists = lists;
        this.entries = entries;
        this.products = products;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PriceListSummary> list(String text, Boolean active) {
        String search = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Map<Long, Integer> counts = new HashMap<>();
        entries.countPerList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        LocalDate today = today();
        // A company has a handful of price lists: filtering in memory is simpler than a query per filter.
        return lists.findAll().stream()
                .filter(list -> active == null || list.isActive() == active)
                .filter(list -> search.isEmpty() || list.getName().toLowerCase(Locale.ROOT).contains(search))
                .sorted(NEWEST_FIRST)
                .map(list -> summary(list, counts.getOrDefault(list.getId(), 0), today))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PriceListDetails get(long id) {
        PriceList list = find(id);
        List<PriceListEntry> items = entries.findByPriceListId(id);
        Map<Long, Product> byId = products.findAllById(items.stream().map(PriceListEntry::getProductId).toList())
                .stream().collect(Collectors.toMap(Product::getId, Function.identity()));
        List<PriceListItem> shown = items.stream()
                .map(item -> item(item, byId.get(item.getProductId())))
                .sorted(Comparator.comparing(PriceListItem::code))
                .toList();
        return new PriceListDetails(summary(list, items.size(), today()), shown);
    }

    @Override
    public PriceListSummary create(PriceListForm form) {
        String me = requireMaintainer();
        ProductRules.ListValues values = checked(form, null);
        PriceList list = new PriceList(me, clock.instant());
        list.set(values.name(), values.currency(), values.validFrom(), values.validTo(), values.active(), me,
                clock.instant());
        return summary(saved(list), 0, today());
    }

    @Override
    public PriceListSummary update(long id, PriceListForm form) {
        String me = requireMaintainer();
        PriceList list = current(id, form.getVersion());
        ProductRules.ListValues values = checked(form, list);
        list.set(values.name(), values.currency(), values.validFrom(), values.validTo(), values.active(), me,
                clock.instant());
        return summary(saved(list), (int) entries.countByPriceListId(id), today());
    }

    @Override
    public PriceListSummary setActive(long id, boolean active, long version) {
        String me = requireMaintainer();
        PriceList list = current(id, version);
        list.setActive(active, me, clock.instant());
        return summary(saved(list), (int) entries.countByPriceListId(id), today());
    }

    @Override
    public PriceListItem addItem(long priceListId, long productId, BigDecimal unitPrice) {
        requireMaintainer();
        PriceList list = find(priceListId);
        List<FieldError> errors = new ArrayList<>();
        Product product = products.findById(productId).orElse(null);
        if (product == null) {
            errors.add(new FieldError("productId", "product.unknown", "There is no such product."));
        } else if (!product.isActive()) {
            errors.add(new FieldError("productId", "product.inactive", "This product is deactivated."));
        } else if (!product.getCurrency().equals(list.getCurrency())) {
            errors.add(new FieldError("productId", "priceList.productCurrency",
                    "The product is priced in " + product.getCurrency() + ", the price list in "
                            + list.getCurrency() + "."));
        } else if (entries.existsByPriceListIdAndProductId(priceListId, productId)) {
            errors.add(new FieldError("productId", "priceList.productListed",
                    "The price list has this product already; change its price instead."));
        }
        BigDecimal price = ProductRules.money(unitPrice, "unitPrice", errors);
        InvalidInputException.throwIfAny(errors);
        PriceListEntry entry;
        try {
            entry = entries.saveAndFlush(new PriceListEntry(priceListId, productId, price));
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("productId", "priceList.productListed",
                    "The price list has this product already; change its price instead.");
        }
        return item(entry, product);
    }

    @Override
    public PriceListItem updateItem(long priceListId, long itemId, BigDecimal unitPrice, long version) {
        requireMaintainer();
        PriceListEntry entry = findItem(priceListId, itemId);
        ConflictException.requireVersion(version, entry.getVersion(),
                "Someone else changed this price meanwhile; reload and try again.");
        List<FieldError> errors = new ArrayList<>();
        BigDecimal price = ProductRules.money(unitPrice, "unitPrice", errors);
        InvalidInputException.throwIfAny(errors);
        entry.setUnitPrice(price);
        entries.saveAndFlush(entry);
        return item(entry, products.findById(entry.getProductId()).orElseThrow());
    }

    @Override
    public void removeItem(long priceListId, long itemId) {
        requireMaintainer();
        entries.delete(findItem(priceListId, itemId));
    }

    /** Directors set prices and approve discounts; administrators keep the master data. */
    @Override
    public boolean mayMaintain() {
        return currentUser.hasRole(Roles.ADMINS) || currentUser.hasRole(Roles.DIRECTORS);
    }

    private ProductRules.ListValues checked(PriceListForm form, PriceList existing) {
        List<FieldError> errors = new ArrayList<>();
        ProductRules.ListValues values = ProductRules.priceList(form, errors);
        if (existing != null && values.currency() != null && !values.currency().equals(existing.getCurrency())
                && entries.countByPriceListId(existing.getId()) > 0) {
            errors.add(new FieldError("currency", "priceList.currencyInUse",
                    "The list has prices in " + existing.getCurrency()
                            + "; remove them before changing the currency."));
        }
        InvalidInputException.throwIfAny(errors);
        boolean taken = existing == null ? lists.existsByNameIgnoreCase(values.name())
                : lists.existsByNameIgnoreCaseAndIdNot(values.name(), existing.getId());
        if (taken) {
            throw nameTaken(values.name());
        }
        return values;
    }

    private static ConflictException nameTaken(String name) {
        return new ConflictException("priceList.nameTaken", "Another price list is called " + name + ".", name);
    }

    private PriceList saved(PriceList list) {
        try {
            return lists.saveAndFlush(list);
        } catch (DataIntegrityViolationException e) {
            throw nameTaken(list.getName());
        }
    }

    private PriceList find(long id) {
        return lists.findById(id).orElseThrow(() -> new NotFoundException("No price list " + id));
    }

    private PriceList current(long id, Long version) {
        PriceList list = find(id);
        ConflictException.requireVersion(version, list.getVersion(),
                "Someone else changed this price list meanwhile; reload and try again.");
        return list;
    }

    private PriceListEntry findItem(long priceListId, long itemId) {
        return entries.findById(itemId).filter(entry -> entry.getPriceListId() == priceListId)
                .orElseThrow(() -> new NotFoundException("No item " + itemId + " in price list " + priceListId));
    }

    private String requireMaintainer() {
        if (!mayMaintain()) {
            throw new AccessDeniedException("Only administrators and directors maintain price lists.");
        }
        return currentUser.requireUsername();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static PriceListSummary summary(PriceList list, int itemCount, LocalDate today) {
        return new PriceListSummary(list.getId(), list.getName(), list.getCurrency(), list.getValidFrom(),
                list.getValidTo(), list.isActive(), list.statusOn(today), itemCount, list.getUpdatedAt(),
                list.getUpdatedBy(), list.getVersion());
    }

    static PriceListItem item(PriceListEntry entry, Product product) {
        return new PriceListItem(entry.getId(), entry.getPriceListId(), entry.getProductId(), product.getCode(),
                product.getNameEn(), product.getNameZh(), product.getUnit(), entry.getUnitPrice(),
                product.getListPrice(), product.isActive(), entry.getVersion());
    }
}
