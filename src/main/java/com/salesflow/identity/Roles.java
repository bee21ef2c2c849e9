package com.salesflow.identity;

import java.util.List;

/** The roles of Salesflow; each is also a Camunda group, so that candidate groups in models work. */
public final class Roles {

    public static final String ADMINS = "admins";
    public static final String DESIGNERS = "designers";
    public static final String DIRECTORS = "directors";
    public static final String SUPERVISORS = "supervisors";
    public static final String SALES = "sales";
    public static final String FINANCE = "finance";
    public static final String LEGAL = "legal";
    public static final String SERVICE = "service";

    /** In the order the UI lists them. */
    public static final List<String> ALL = List.of(SALES, SUPERVISORS, DIRECTORS, FINANCE, LEGAL, SERVICE, DESIGNERS,
            ADMINS);

    /**
     * Spring Security authority that carries an engine group (a role or a team group), so that single sign-on
     * hands the engine exactly the groups the user has.
     */
    public static final String ENGINE_GROUP_AUTHORITY_PREFIX = "GROUP_";

    /** Engine group of a team, so that a model can offer a task to one team. */
    public static String teamGroup(String teamCode) {
        return "team-" + teamCode;
    }

    private Roles() {
    }
}
