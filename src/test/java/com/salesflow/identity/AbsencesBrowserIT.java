package com.salesflow.identity;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.setValue;
import static com.salesflow.support.Browser.waitForNotification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import com.salesflow.support.Browser;
import com.salesflow.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The absences screen in a real browser: a supervisor marks a team member away (routing then skips them) and back,
 * and sees only their own team.
 */
@IntegrationTest
class AbsencesBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    private static final By GRID = By.id("absences-grid");

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void everyoneBack() {
        // Other tests route leads to sales2; a failure half-way must not leave them away.
        jdbc.update("update sf_user set absent_until = null where username = 'sales2'");
    }

    @Test
    void a_supervisor_marks_a_team_member_away_and_back_and_routing_follows() {
        WebDriver browser = chromium.openAs("supervisor", "en-US", "/absences");
        await(browser).until(textToBePresentInElementLocated(GRID, "sales2"));
        assertThat(browser.findElement(GRID).getText()).contains("sales1").doesNotContain("sales3");

        LocalDate until = LocalDate.now().plusDays(3);
        await(browser).until(elementToBeClickable(By.id("away-sales2"))).click();
        setValue(browser, "absent-until", until.toString());
        browser.findElement(By.id("save-absence")).click();
        waitForNotification(browser, "recorded");
        await(browser).until(textToBePresentInElementLocated(GRID, "Away until"));
        assertThat(directory.availableMembers("east", Roles.SALES, LocalDate.now())).doesNotContain("sales2");

        browser.findElement(By.id("absences-away-only")).click();
        await(browser).until(invisibilityOfElementLocated(By.id("away-sales1")));
        await(browser).until(elementToBeClickable(By.id("back-sales2"))).click();
        waitForNotification(browser, "is back");
        assertThat(directory.availableMembers("east", Roles.SALES, LocalDate.now())).contains("sales2");
    }
}
