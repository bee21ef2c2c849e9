package com.salesflow.identity.internal;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing for the login page and HTTP Basic alike: too many wrong passwords lock the
 * account for a while (a locked account is refused before its password is checked).
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository users;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        Instant now = clock.instant();
        if (users.countFailedLogin(username, now) > 0
                && users.lockIfTooManyFailures(username, properties.maxFailedLogins(),
                        now.plus(properties.lockDuration())) > 0) {
            log.warn("Account {} locked for {} after {} failed logins", username, properties.lockDuration(),
                    properties.maxFailedLogins());
        }
    }

    /** Also stamps the last login, at most once a minute so that HTTP Basic calls do not write on every request. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        Instant now = clock.instant();
        users.recordSuccessfulLogin(event.getAuthentication().getName(), now, now.minusSeconds(60));
    }
}
