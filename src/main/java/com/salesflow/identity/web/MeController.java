package com.salesflow.identity.web;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.UserSummary;
import com.salesflow.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
@Tag(name = "identity")
class MeController {

    record Me(String username, String displayName, String email, List<String> roles, String team, String locale) {
    }

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The signed-in user with roles and team")
    Me me() {
        UserSummary user = currentUser.profile().orElseThrow(() -> new NotFoundException("No such user"));
        return new Me(user.username(), user.displayName(), user.email(), user.roles().stream().sorted().toList(),
                user.teamCode(), user.locale());
    }
}
