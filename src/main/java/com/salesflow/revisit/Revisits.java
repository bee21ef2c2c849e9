package com.salesflow.revisit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Post-sale revisits as the signed-in user may see them: those of customers owned by someone in their owner scope
 * (service, directors and admins all). A revisit outside the scope does not exist for the caller.
 */
public interface Revisits {

    Page<RevisitView> search(RevisitFilter filter, Pageable pageable);

    RevisitView get(long id);

    /** How many recorded revisits of the filter gave satisfaction 1, 2, 3, 4 and 5 (index 0 to 4). */
    long[] satisfactionDistribution(RevisitFilter filter);

    /** Recorded revisits of the filter per month of completion, oldest first, the last {@code months} months. */
    List<SatisfactionMonth> satisfactionByMonth(RevisitFilter filter, int months);
}
