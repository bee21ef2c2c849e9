package com.salesflow.customer;

import java.util.Set;

/**
 * Whose records the signed-in user sees, by owner: the rule of {@link Customers}, for what hangs off a customer and
 * has its own owner (opportunities, quotes). Unlike customers, nothing without an owner is shared.
 *
 * @param all        directors, finance, legal, service and admins see every owner's records
 * @param owners     the owners whose records the user sees: themselves, and a supervisor's teams
 * @param supervisor the user supervises at least one team
 */
public record OwnerScope(String username, boolean all, Set<String> owners, boolean supervisor) {

    public OwnerScope {
        owners = Set.copyOf(owners);
    }

    public boolean covers(String owner) {
        return all || (owner != null && owners.contains(owner));
    }
}
