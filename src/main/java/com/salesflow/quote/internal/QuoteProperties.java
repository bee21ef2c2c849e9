package com.salesflow.quote.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesflow.quotes.*}: defaults of a new quote, how far below cost a discounted price may go, the approval SLA
 * in working time (reminder, then escalation of the supervisor's step to the directors), the working hours that SLA
 * counts, and the company header printed on quotes.
 *
 * @param belowCostAllowance percent below the unit cost that a discounted price may still reach (0: never below cost)
 * @param approvalSla        working time an approver has before the reminder
 * @param escalationAfter    further working time after the reminder before the supervisor's step goes to directors
 */
@ConfigurationProperties("salesflow.quotes")
record QuoteProperties(Integer validityDays, Integer standardPaymentTermsDays, BigDecimal belowCostAllowance,
        Duration approvalSla, Duration escalationAfter, WorkingHours workingHours, Company company) {

    QuoteProperties {
        validityDays = validityDays == null ? 30 : validityDays;
        standardPaymentTermsDays = standardPaymentTermsDays == null ? 30 : standardPaymentTermsDays;
        belowCostAllowance = belowCostAllowance == null ? BigDecimal.ZERO : belowCostAllowance;
        approvalSla = approvalSla == null ? Duration.ofHours(8) : approvalSla;
        escalationAfter = escalationAfter == null ? Duration.ofHours(8) : escalationAfter;
        workingHours = workingHours == null ? new WorkingHours(null, null, null) : workingHours;
        company = company == null ? new Company(null, null, null, null, null, null, null) : company;
    }

    /** Working days and the hours of each; the server's time zone. */
    record WorkingHours(LocalTime start, LocalTime end, Set<DayOfWeek> days) {

        WorkingHours {
            start = start == null ? LocalTime.of(9, 0) : start;
            end = end == null ? LocalTime.of(18, 0) : end;
            days = days == null || days.isEmpty() ? Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY) : Set.copyOf(days);
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("salesflow.quotes.working-hours: start must be before end");
            }
        }
    }

    /** The seller printed at the top of a quote, in both languages. */
    record Company(String name, String nameZh, String address, String addressZh, String phone, String email,
            String website) {

        Company {
            name = name == null ? "Salesflow Demo Trading Co., Ltd." : name;
            nameZh = nameZh == null ? "销售流演示贸易有限公司" : nameZh;
            address = address == null ? "88 Century Avenue, Pudong, Shanghai" : address;
            addressZh = addressZh == null ? "上海市浦东新区世纪大道88号" : addressZh;
            phone = phone == null ? "+86 21 5555 0188" : phone;
            email = email == null ? "sales@salesflow.example" : email;
        }
    }
}
