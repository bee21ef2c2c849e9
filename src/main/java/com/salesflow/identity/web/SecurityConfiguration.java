package com.salesflow.identity.web;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import com.salesflow.identity.Roles;
import com.salesflow.identity.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Three doors, one set of users: REST (our API and Camunda's) with HTTP Basic and no session; the Camunda
 * webapps on the browser session of the Vaadin login; and the Vaadin UI itself. Everything needs a login except
 * the login page, static assets and the health probe.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Stateless HTTP Basic: no session cookie, so no cross-site request forgery to guard against. Models are deployed
     * only through the Designer, which validates them (decision 10): the engine's own deployment endpoints would let
     * an engine admin deploy a script task.
     */
    @Bean
    @Order(1)
    SecurityFilterChain restApis(HttpSecurity http) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        return http.securityMatcher(new OrRequestMatcher(antMatcher("/api/**"), antMatcher("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(antMatcher(HttpMethod.POST, "/engine-rest/deployment/**")).denyAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The Camunda webapps share the Vaadin login session. They bring their own CSRF protection, so Spring's is off
     * here only (STACK.md pitfall 2). Cockpit is for designers and admins, Admin for admins; the engine's own
     * application authorizations say the same once the request gets through.
     */
    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(antMatcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(antMatcher("/camunda/app/admin/**")).hasRole(Roles.ADMINS)
                        .requestMatchers(antMatcher("/camunda/app/cockpit/**"), antMatcher("/camunda/api/cockpit/**"))
                        .hasAnyRole(Roles.ADMINS, Roles.DESIGNERS)
                        .requestMatchers(antMatcher(HttpMethod.POST, "/camunda/api/engine/engine/*/deployment/**"))
                        .denyAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinUi(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(antMatcher("/actuator/health"), antMatcher("/actuator/health/**")).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // A locked account gets its own message on the login page instead of "wrong password".
        http.formLogin(form -> form.failureHandler((request, response, exception) -> response.sendRedirect(
                request.getContextPath() + (exception instanceof LockedException ? "/login?locked" : "/login?error"))));
        return http.build();
    }
}
