package com.salesflow.identity.internal;

import com.salesflow.identity.internal.EngineIdentityReader.EngineGroup;
import com.salesflow.identity.internal.EngineIdentityReader.EngineUser;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/** The engine's read-only view of our users and groups; Salesflow's admin screens are where they are edited. */
class EngineIdentityProvider implements ReadOnlyIdentityProvider {

    private final EngineIdentityReader reader;

    EngineIdentityProvider(EngineIdentityReader reader) {
        this.reader = reader;
    }

    @Override
    public User findUserById(String userId) {
        return createUserQuery(Context.getCommandContext()).userId(userId).singleResult();
    }

    @Override
    public UserQuery createUserQuery() {
        return new Users(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new Users();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users live in Salesflow's tables");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return reader.checkPassword(userId, password);
    }

    @Override
    public Group findGroupById(String groupId) {
        return createGroupQuery(Context.getCommandContext()).groupId(groupId).singleResult();
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new Groups(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new Groups();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenants(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenants();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    List<User> findUsers(Users query) {
        Predicate<EngineUser> matches = user -> true;
        if (query.getId() != null) {
            matches = matches.and(user -> user.id().equals(query.getId()));
        }
        if (query.getIds() != null) {
            List<String> ids = Arrays.asList(query.getIds());
            matches = matches.and(user -> ids.contains(user.id()));
        }
        if (query.getFirstName() != null) {
            matches = matches.and(user -> user.displayName().equals(query.getFirstName()));
        }
        if (query.getFirstNameLike() != null) {
            matches = matches.and(user -> like(user.displayName(), query.getFirstNameLike()));
        }
        if (query.getLastName() != null) {
            matches = matches.and(user -> query.getLastName().isEmpty());
        }
        if (query.getEmail() != null) {
            matches = matches.and(user -> query.getEmail().equalsIgnoreCase(user.email()));
        }
        if (query.getEmailLike() != null) {
            matches = matches.and(user -> like(user.email(), query.getEmailLike()));
        }
        if (query.getGroupId() != null) {
            matches = matches.and(user -> user.groups().contains(query.getGroupId()));
        }
        if (query.getTenantId() != null) {
            matches = matches.and(user -> false);
        }
        return reader.users().stream().filter(matches).sorted(Comparator.comparing(EngineUser::id))
                .map(EngineIdentityProvider::toUser).toList();
    }

    List<Group> findGroups(Groups query) {
        Predicate<EngineGroup> matches = group -> true;
        if (query.getId() != null) {
            matches = matches.and(group -> group.id().equals(query.getId()));
        }
        if (query.getIds() != null) {
            List<String> ids = Arrays.asList(query.getIds());
            matches = matches.and(group -> ids.contains(group.id()));
        }
        if (query.getName() != null) {
            matches = matches.and(group -> group.name().equals(query.getName()));
        }
        if (query.getNameLike() != null) {
            matches = matches.and(group -> like(group.name(), query.getNameLike()));
        }
        if (query.getType() != null) {
            matches = matches.and(group -> group.type().equals(query.getType()));
        }
        if (query.getUserId() != null) {
            List<String> memberOf = reader.users().stream().filter(user -> user.id().equals(query.getUserId()))
                    .findFirst().map(EngineUser::groups).orElse(List.of());
            matches = matches.and(group -> memberOf.contains(group.id()));
        }
        if (query.getTenantId() != null) {
            matches = matches.and(group -> false);
        }
        return reader.groups().stream().filter(matches).sorted(Comparator.comparing(EngineGroup::id))
                .map(EngineIdentityProvider::toGroup).toList();
    }

    /** SQL LIKE with % wildcards, as the engine's own queries take it. */
    private static boolean like(String value, String pattern) {
        if (value == null) {
            return false;
        }
        String regex = Arrays.stream(pattern.toLowerCase(Locale.ROOT).split("%", -1))
                .map(java.util.regex.Pattern::quote).reduce((a, b) -> a + ".*" + b).orElse("");
        return value.toLowerCase(Locale.ROOT).matches(regex);
    }

    private static User toUser(EngineUser user) {
        UserEntity entity = new UserEntity(user.id());
        entity.setFirstName(user.displayName());
        entity.setLastName("");
        entity.setEmail(user.email());
        return entity;
    }

    private static Group toGroup(EngineGroup group) {
        GroupEntity entity = new GroupEntity(group.id());
        entity.setName(group.name());
        entity.setType(group.type());
        return entity;
    }

    private static <T> List<T> page(List<T> all, Page page) {
        if (page == null) {
            return all;
        }
        int from = Math.min(page.getFirstResult(), all.size());
        int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
        return all.subList(from, to);
    }

    private static EngineIdentityProvider provider(CommandContext commandContext) {
        return (EngineIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }

    static class Users extends UserQueryImpl {

        Users() {
        }

        Users(CommandExecutor commandExecutor) {
            super(commandExecutor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return provider(commandContext).findUsers(this).size();
        }

        @Override
        public List<User> executeList(CommandContext commandContext, Page page) {
            return page(provider(commandContext).findUsers(this), page);
        }
    }

    static class Groups extends GroupQueryImpl {

        Groups() {
        }

        Groups(CommandExecutor commandExecutor) {
            super(commandExecutor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return provider(commandContext).findGroups(this).size();
        }

        @Override
        public List<Group> executeList(CommandContext commandContext, Page page) {
            return page(provider(commandContext).findGroups(this), page);
        }
    }

    static class NoTenants extends TenantQueryImpl {

        NoTenants() {
        }

        NoTenants(CommandExecutor commandExecutor) {
            super(commandExecutor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return 0;
        }

        @Override
        public List<Tenant> executeList(CommandContext commandContext, Page page) {
            return List.of();
        }
    }
}
