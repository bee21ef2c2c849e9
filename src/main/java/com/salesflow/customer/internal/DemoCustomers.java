package com.salesflow.customer.internal;

import com.salesflow.customer.ContactChannel;
import com.salesflow.customer.CreditRating;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Grade;
import com.salesflow.customer.Lifecycle;
import com.salesflow.customer.ObjectionType;
import com.salesflow.customer.OwnershipChangeReason;
import com.salesflow.customer.Source;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About 200 believable customers for the demo run: companies and persons, Chinese and English names, spread over
 * the demo salespeople and the pool, with contacts, contact records and ownership history. Created once, with a
 * fixed seed so that every demo looks the same.
 */
@Component
@Order(110)
class DemoCustomers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);
    static final int COUNT = 200;

    private static final String[] CITY = {"Shanghai 上海", "Hangzhou 杭州", "Suzhou 苏州", "Nanjing 南京", "Ningbo 宁波",
        "Chengdu 成都", "Chongqing 重庆", "Xi'an 西安", "Kunming 昆明", "Beijing 北京", "Shenzhen 深圳", "Wuhan 武汉"};
    private static final String[] REGION = {"East", "East", "East", "East", "East", "West", "West", "West", "West",
        "North", "South", "Central"};
    private static final String[] CN_PREFIX = {"华东", "金桥", "锦程", "恒达", "新锐", "天润", "瑞丰", "宏远", "嘉禾", "同创",
        "永盛", "博远", "中联", "盛世", "明德", "安泰"};
    private static final String[] CN_TRADE = {"机械", "电子", "食品", "纺织", "化工", "物流", "医疗器械", "建材", "软件",
        "包装", "汽车配件", "家具"};
    private static final String[] INDUSTRY = {"Machinery", "Electronics", "Food", "Textiles", "Chemicals",
        "Logistics", "Medical devices", "Building materials", "Software", "Packaging", "Auto parts", "Furniture"};
    private static final String[] EN_PREFIX = {"Pacific", "Golden Bridge", "Evergreen", "Summit", "Blue River",
        "Harbor", "Northstar", "Lotus", "Jade", "Silk Road"};
    private static final String[] SURNAME = {"Wang 王", "Li 李", "Zhang 张", "Liu 刘", "Chen 陈", "Yang 杨", "Huang 黄",
        "Zhao 赵", "Wu 吴", "Zhou 周", "Xu 徐", "Sun 孙", "Ma 马", "Zhu 朱", "Hu 胡", "Guo 郭"};
    private static final String[] GIVEN = {"Wei 伟", "Fang 芳", "Min 敏", "Jing 静", "Lei 磊", "Yan 艳", "Jun 军", "Yong 勇",
        "Xin 欣", "Hao 浩", "Ting 婷", "Qiang 强"};
    private static final String[] TITLE = {"Purchasing manager", "General manager", "Finance director",
        "Production manager", "Owner", "IT manager"};
    private static final String[] ROLE = {"decision maker", "influencer", "user", "gatekeeper"};
    private static final String[] EAST_OWNERS = {"sales1", "sales2", "sales1", "sales2", "supervisor"};
    private static final String[] WEST_OWNERS = {"sales3", "sales3", "supervisor2"};
    private static final String[] OTHER_OWNERS = {"sales1", "sales2", "sales3"};
    private static final String[] SUMMARY = {"Introduced our product line", "Visited the factory and met the team",
        "Sent the catalogue and price list", "Discussed delivery schedule for next quarter",
        "Followed up on the sample order", "Asked about their annual purchasing plan",
        "Demo of the new model at their office", "Answered questions about after-sales service"};
    private static final String[] OUTCOME = {"Interested, wants a quote", "Needs approval from the boss",
        "Not now, call back next month", "Asked for references", "Comparing with a competitor"};
    private static final String[] HANDLING = {"Explained total cost of ownership and volume discount",
        "Offered a trial batch", "Shared case studies from the same industry", "Agreed to call back after budget"};
    private static final List<String> TAGS = List.of("VIP", "trade fair 2026", "export", "local government",
        "repeat buyer", "price sensitive", "WeChat group");

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final ContactRecordRepository records;
    private final OwnershipChangeRepository ownershipChanges;
    private final CustomerTerms terms;
    private final Clock clock;
    private final boolean demo;

    DemoCustomers(CustomerRepository customers, ContactRepository contacts, ContactRecordRepository records,
            OwnershipChangeRepository ownershipChanges, CustomerTerms terms, Clock clock,
            @Value("${salesflow.demo.enabled:false}") boolean demo) {
        this.customers = customers;
        this.contacts = contacts;
        this.records = records;
        this.ownershipChanges = ownershipChanges;
        this.terms = terms;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo || customers.count() > 0) {
            return;
        }
        Random random = new Random(20261123L);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < COUNT; i++) {
            create(i, random, now, today);
        }
        log.info("Demo run: created {} customers with contacts and contact records", COUNT);
    }

    /** The east team works the east, the west team the west; the rest is shared out. */
    private static String ownerFor(String region, int i) {
        String[] owners = switch (region) {
            case "East" -> EAST_OWNERS;
            case "West" -> WEST_OWNERS;
            default -> OTHER_OWNERS;
        };
        return owners[i % owners.length];
    }

    private void create(int i, Random random, Instant now, LocalDate today) {
        int city = random.nextInt(CITY.length);
        int trade = random.nextInt(CN_TRADE.length);
        boolean person = i % 7 == 0;
        boolean english = !person && i % 5 == 0;
        String owner = i % 6 == 5 ? null : ownerFor(REGION[city], i);
        Instant createdAt = now.minus(Duration.ofDays(20 + random.nextInt(700)));
        Customer customer = new Customer(owner, owner == null ? "admin" : owner, createdAt);
        customer.setType(person ? CustomerType.PERSON : CustomerType.COMPANY);
        String name = person ? SURNAME[random.nextInt(SURNAME.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]
                : english ? EN_PREFIX[random.nextInt(EN_PREFIX.length)] + " " + INDUSTRY[trade] + " Co., Ltd."
                        : CITY[city].split(" ")[1] + CN_PREFIX[random.nextInt(CN_PREFIX.length)] + CN_TRADE[trade]
                                + "有限公司";
        customer.setName(name);
        customer.setPhone("+86 1" + (30 + random.nextInt(70)) + " " + (1000 + random.nextInt(9000)) + " "
                + (1000 + random.nextInt(9000)));
        customer.setEmail(person ? "customer" + i + "@mail.example.cn" : "sales" + i + "@company" + i + ".example.cn");
        customer.setIndustry(INDUSTRY[trade]);
        customer.setRegion(REGION[city]);
        customer.setAddress(CITY[city] + ", No. " + (1 + random.nextInt(999)) + " Development Road");
        customer.setSource(Source.values()[random.nextInt(12)]);
        int gradeRoll = random.nextInt(100);
        customer.setGrade(gradeRoll < 10 ? Grade.KEY : gradeRoll < 35 ? Grade.POTENTIAL : gradeRoll < 92
                ? Grade.ORDINARY : Grade.RISK);
        customer.setLifecycle(Lifecycle.values()[random.nextInt(4)]);
        customer.setCreditRating(customer.getGrade() == Grade.RISK ? CreditRating.D
                : CreditRating.values()[random.nextInt(3)]);
        customer.setCreditLimit(BigDecimal.valueOf(50_000L * (1 + random.nextInt(40))));
        customer.setPaymentTermDays(List.of(0, 30, 30, 45, 60).get(random.nextInt(5)));
        customer.setTags(random.nextInt(3) == 0 ? Set.of(TAGS.get(random.nextInt(TAGS.size()))) : Set.of());
        customer.setPreferredChannel(List.of(ContactChannel.CALL, ContactChannel.WECHAT, ContactChannel.EMAIL,
                ContactChannel.VISIT).get(random.nextInt(4)));
        customer.setNeeds(random.nextBoolean() ? "Reliable supply for " + INDUSTRY[trade].toLowerCase()
                + " production; short delivery times" : null);
        customer.setConcerns(random.nextInt(3) == 0 ? "Price compared to local suppliers" : null);
        if (person) {
            customer.setBirthday(LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        customers.save(customer);
        ownershipChanges.save(new OwnershipChange(customer.getId(), createdAt, null, owner,
                owner == null ? "admin" : owner, OwnershipChangeReason.CREATED, null));

        Long contactId = null;
        if (!person) {
            for (int c = 0; c < 1 + random.nextInt(3); c++) {
                Contact contact = new Contact(customer.getId());
                contact.update(SURNAME[random.nextInt(SURNAME.length)] + " " + GIVEN[random.nextInt(GIVEN.length)],
                        TITLE[random.nextInt(TITLE.length)], "0" + (10 + random.nextInt(89)) + "-"
                                + (60000000 + random.nextInt(39999999)), null,
                        random.nextInt(4) == 0 ? LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12),
                                1 + random.nextInt(28)) : null, ROLE[c % ROLE.length]);
                contactId = contacts.save(contact).getId();
            }
        }
        terms.index(customer);
        // Most owners keep in touch; about one in seven customers is neglected, so that warnings and the pool
        // recycling have something to do.
        int recordCount = 1 + random.nextInt(4);
        String author = owner == null ? "sales1" : owner;
        long latestDaysAgo = i % 7 == 3 ? 26 + random.nextInt(10) : 1 + random.nextInt(20);
        for (int r = recordCount; r > 0; r--) {
            Instant happenedAt = now.minus(Duration.ofDays(latestDaysAgo + (r - 1) * (7L + random.nextInt(20))))
                    .minus(Duration.ofMinutes(random.nextInt(600)));
            boolean objection = random.nextInt(3) == 0;
            LocalDate next = r == 1 ? today.plusDays(random.nextInt(30) - 10) : null;
            records.save(new ContactRecord(customer.getId(), contactId,
                    ContactChannel.values()[random.nextInt(5)], happenedAt, author,
                    SUMMARY[random.nextInt(SUMMARY.length)], OUTCOME[random.nextInt(OUTCOME.length)],
                    objection ? ObjectionType.values()[random.nextInt(5)] : null,
                    objection ? HANDLING[random.nextInt(HANDLING.length)] : null, next));
            customer.followedUp(happenedAt, next);
        }
    }
}
