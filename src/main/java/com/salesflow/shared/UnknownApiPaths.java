package com.salesflow.shared;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Below {@code /api} an unknown path is a 404 problem, not the Vaadin page that would otherwise answer every
 * path. The least specific mapping, so every real endpoint wins.
 */
@RestController
class UnknownApiPaths {

    @RequestMapping("/api/**")
    void unknown() {
        throw new NotFoundException("No such API resource.");
    }
}
