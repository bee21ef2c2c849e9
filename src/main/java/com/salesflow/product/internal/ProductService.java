package com.salesflow.product.internal;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.product.ProductFilter;
import com.salesflow.product.ProductForm;
import com.salesflow.product.ProductSummary;
import com.salesflow.product.Products;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product catalogue: everyone reads, administrators maintain (also through imports). */
@Service
@Transactional
class ProductService implements Products {

    /** Who sees costs: those who approve by margin or own the figures. */
    private static final Set<String> COST_READERS = Set.of(Roles.ADMINS, Roles.DIRECTORS, Roles.SUPERVISORS,
            Roles.FINANCE);

    private final ProductRepository products;
    private final PriceListEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProductService(ProductRepository products, PriceListEntryRepository entries, CurrentUser currentUser,
            Clock clock) {
        this.products = products;
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ProductSummary> list(ProductFilter filter, Pageable pageable) {
        boolean withCost = maySeeCost();
        return products.findAll(matching(filter), pageable).map(product -> visible(summary(product), withCost));
    }

    @Override
    @Transactional(readOnly = true)
    public long count(ProductFilter filter) {
        return products.count(matching(filter));
    }

    @Override
    @Transactional(readOnly = true)
    public ProductSummary get(long id) {
        return visible(summary(find(id)), maySeeCost());
    }

    @Override
    public ProductSummary create(ProductForm form) {
        String me = requireMaintainer();
        ProductRules.Values values = checked(form, null);
        Product product = new Product(me, clock.instant());
        product.set(values, me, clock.instant());
        return summary(saved(product));
    }

    @Override
    public ProductSummary update(long id, ProductForm form) {
        String me = requireMaintainer();
        Product product = find(id);
        ConflictException.requireVersion(form.getVersion(), product.getVersion(),
                "Someone else changed this product meanwhile; reload and try again.");
        ProductRules.Values values = checked(form, product);
        product.set(values, me, clock.instant());
        return summary(saved(product));
    }

    @Override
    public ProductSummary setActive(long id, boolean active, long version) {
        String me = requireMaintainer();
        Product product = find(id);
        ConflictException.requireVersion(version, product.getVersion(),
                "Someone else changed this product meanwhile; reload and try again.");
        product.setActive(active, me, clock.instant());
        return summary(saved(product));
    }

    @Override
    public boolean mayMaintain() {
        return currentUser.hasRole(Roles.ADMINS);
    }

    @Override
    public boolean maySeeCost() {
        return currentUser.roles().stream().anyMatch(COST_READERS::contains);
    }

    /** The form's field errors (400) without touching the database, for an import row before its batch. */
    List<FieldError> check(ProductForm form) {
        List<FieldError> errors = new ArrayList<>();
        ProductRules.product(form, errors);
        return errors;
    }

    /**
     * Creates the product of an import row, or updates the one with its code whatever its version (the file is the
     * newer word); answers the row's field errors, empty when imported.
     */
    List<FieldError> importRow(ProductForm form) {
        String me = requireMaintainer();
        List<FieldError> errors = new ArrayList<>();
        ProductRules.Values values = ProductRules.product(form, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        Product product = products.findByCode(values.code()).orElse(null);
        if (product != null && currencyLocked(product, values.currency())) {
            return List.of(currencyInUse());
        }
        if (product == null) {
            product = new Product(me, clock.instant());
        }
        product.set(values, me, clock.instant());
        products.save(product);
        return List.of();
    }

    private ProductRules.Values checked(ProductForm form, Product existing) {
        List<FieldError> errors = new ArrayList<>();
        ProductRules.Values values = ProductRules.product(form, errors);
        if (existing != null && values.currency() != null && currencyLocked(existing, values.currency())) {
            errors.add(currencyInUse());
        }
        InvalidInputException.throwIfAny(errors);
        boolean taken = existing == null ? products.existsByCode(values.code())
                : products.existsByCodeAndIdNot(values.code(), existing.getId());
        if (taken) {
            throw codeTaken(values.code());
        }
        return values;
    }

    /** A product priced in lists keeps their currency: its price there would silently change meaning. */
    private boolean currencyLocked(Product product, String currency) {
        return product.getId() != null && !currency.equals(product.getCurrency())
                && entries.countInListsOfOtherCurrency(product.getId(), currency) > 0;
    }

    private static FieldError currencyInUse() {
        return new FieldError("currency", "product.currencyInUse",
                "Price lists of the old currency price this product; remove it from them first.");
    }

    private static ConflictException codeTaken(String code) {
        return new ConflictException("product.codeTaken", "Another product has the code " + code + ".", code);
    }

    /** Flushes, so that a code taken by a concurrent save is a 409 here, not an error at commit. */
    private Product saved(Product product) {
        try {
            return products.saveAndFlush(product);
        } catch (DataIntegrityViolationException e) {
            throw codeTaken(product.getCode());
        }
    }

    private Product find(long id) {
        return products.findById(id).orElseThrow(() -> new NotFoundException("No product " + id));
    }

    private String requireMaintainer() {
        if (!mayMaintain()) {
            throw new AccessDeniedException("Only administrators maintain the product catalogue.");
        }
        return currentUser.requireUsername();
    }

    static Specification<Product> matching(ProductFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.active() != null) {
                all.add(cb.equal(root.get("active"), filter.active()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String text = filter.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
                String like = "%" + text + "%";
                all.add(cb.or(cb.like(root.get("code"), "%" + text.toUpperCase(Locale.ROOT) + "%"),
                        cb.like(cb.lower(root.get("nameEn")), like), cb.like(cb.lower(root.get("nameZh")), like)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static ProductSummary visible(ProductSummary product, boolean withCost) {
        return withCost ? product : product.withoutCost();
    }

    static ProductSummary summary(Product product) {
        return new ProductSummary(product.getId(), product.getCode(), product.getNameEn(), product.getNameZh(),
                product.getUnit(), product.getListPrice(), product.getCost(), product.getTaxRate(),
                product.getCurrency(), product.isActive(), product.getCreatedAt(), product.getCreatedBy(),
                product.getUpdatedAt(), product.getUpdatedBy(), product.getVersion());
    }
}
