package com.salesflow.revisit.internal;

import com.salesflow.customer.Customers;
import com.salesflow.customer.OwnerScope;
import com.salesflow.revisit.RevisitFilter;
import com.salesflow.revisit.RevisitView;
import com.salesflow.revisit.Revisits;
import com.salesflow.revisit.SatisfactionMonth;
import com.salesflow.shared.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class RevisitService implements Revisits {

    private final RevisitRepository revisits;
    private final Customers customers;
    private final Clock clock;

    RevisitService(RevisitRepository revisits, Customers customers, Clock clock) {
        this.revisits = revisits;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public Page<RevisitView> search(RevisitFilter filter, Pageable pageable) {
        Page<RevisitRecord> page = revisits.findAll(matching(filter, customers.ownerScope()), pageable);
        Map<Long, String> names = customers.namesOf(page.map(RevisitRecord::getCustomerId).toSet());
        return page.map(r -> view(r, names));
    }

    @Override
    public RevisitView get(long id) {
        RevisitRecord revisit = revisits.findById(id).filter(r -> customers.ownerScope().covers(r.getAssignee()))
                .orElseThrow(() -> new NotFoundException("No revisit " + id));
        return view(revisit, customers.namesOf(List.of(revisit.getCustomerId())));
    }

    @Override
    public long[] satisfactionDistribution(RevisitFilter filter) {
        long[] counts = new long[5];
        for (RevisitRecord revisit : revisits.findAll(matching(filter, customers.ownerScope())
                .and((root, query, cb) -> cb.isNotNull(root.get("satisfaction"))))) {
            counts[revisit.getSatisfaction() - 1]++;
        }
        return counts;
    }

    @Override
    public List<SatisfactionMonth> satisfactionByMonth(RevisitFilter filter, int months) {
        ZoneId zone = clock.getZone();
        YearMonth last = YearMonth.from(RevisitSteps.now().atZone(zone));
        YearMonth first = last.minusMonths(months - 1L);
        Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
        TreeMap<YearMonth, long[]> sums = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            sums.put(m, new long[2]);
        }
        for (RevisitRecord revisit : revisits.findAll(matching(filter, customers.ownerScope())
                .and((root, query, cb) -> cb.and(cb.isNotNull(root.get("satisfaction")),
                        cb.greaterThanOrEqualTo(root.get("completedAt"), from))))) {
            long[] sum = sums.get(YearMonth.from(revisit.getCompletedAt().atZone(zone)));
            if (sum != null) {
                sum[0]++;
                sum[1] += revisit.getSatisfaction();
            }
        }
        List<SatisfactionMonth> result = new ArrayList<>();
        sums.forEach((month, sum) -> result.add(new SatisfactionMonth(month, sum[0],
                sum[0] == 0 ? 0 : (double) sum[1] / sum[0])));
        return result;
    }

    private Specification<RevisitRecord> matching(RevisitFilter filter, OwnerScope scope) {
        ZoneId zone = clock.getZone();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!scope.all()) {
                where.add(scope.owners().isEmpty() ? cb.disjunction() : root.get("assignee").in(scope.owners()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().toLowerCase() + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("orderNumber")), like),
                        cb.like(cb.lower(root.get("feedback")), like), cb.like(cb.lower(root.get("newNeeds")), like)));
            }
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (filter.grade() != null) {
                where.add(cb.equal(root.get("grade"), filter.grade()));
            }
            if (filter.satisfaction() != null) {
                where.add(cb.equal(root.get("satisfaction"), filter.satisfaction()));
            }
            if (filter.assignee() != null && !filter.assignee().isBlank()) {
                where.add(cb.equal(root.get("assignee"), filter.assignee().strip()));
            }
            if (filter.customerId() != null) {
                where.add(cb.equal(root.get("customerId"), filter.customerId()));
            }
            if (filter.dueFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("dueAt"), filter.dueFrom().atStartOfDay(zone).toInstant()));
            }
            if (filter.dueTo() != null) {
                where.add(cb.lessThan(root.get("dueAt"), filter.dueTo().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static RevisitView view(RevisitRecord r, Map<Long, String> names) {
        return new RevisitView(r.getId(), r.getCustomerId(), names.get(r.getCustomerId()), r.getOrderId(),
                r.getOrderNumber(), r.getContractId(), r.getSeq(), r.getDueAt(), r.getStatus(), r.getGrade(),
                r.getAssignee(), r.getSatisfaction(), r.getFeedback(), r.getNewNeeds(), r.getObjectionType(),
                r.getObjectionNote(), r.getComplaintId(), r.getCompletedBy(), r.getCompletedAt());
    }
}
