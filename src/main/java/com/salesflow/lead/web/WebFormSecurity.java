package com.salesflow.lead.web;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import com.salesflow.lead.WebForms;
import com.salesflow.shared.ProblemResponses;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The public web-to-lead door, before the REST chain (which would ask for HTTP Basic on all of {@code /api/**}):
 * authenticated by a web form's API key only, no session, no login page, no CSRF token (there is no cookie to
 * forge with; a cross-site form post is exactly what this endpoint is for).
 */
@Configuration(proxyBeanMethods = false)
class WebFormSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain publicLeadApi(HttpSecurity http, WebForms webForms, WebFormProperties properties,
            Clock clock) throws Exception {
        // Not a bean: Spring Boot would register a bean filter for every path.
        WebFormKeyFilter keys = new WebFormKeyFilter(webForms, properties, clock);
        return http.securityMatcher(antMatcher("/api/public/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(keys, AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ProblemResponses.write(response,
                                HttpStatus.UNAUTHORIZED, "Send the web form's API key."))
                        .accessDeniedHandler((request, response, e) -> ProblemResponses.write(response,
                                HttpStatus.FORBIDDEN, "You are not allowed to do this.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
