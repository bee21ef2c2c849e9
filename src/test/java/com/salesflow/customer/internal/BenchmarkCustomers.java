package com.salesflow.customer.internal;

import com.salesflow.customer.MatchKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Believable customers in bulk for the benchmarks: Chinese and English company names, people, mobile and
 * landline numbers, e-mail addresses, a contact for most companies, owners spread over many salespeople with a
 * fifth in the pool. Written with plain JDBC batches, search terms included, because a million customers through
 * the service would take an hour. Public (with {@link #fill}) so that benchmarks of other modules, such as the lead
 * intake's duplicate check, load the same customers instead of a copy of this generator.
 */
public final class BenchmarkCustomers {

    static final String[] SALESPEOPLE_WITH_LOGINS = {"sales1", "sales2", "sales3"};
    private static final String[] CITY = {"上海", "杭州", "苏州", "南京", "宁波", "成都", "重庆", "西安", "广州", "深圳",
            "北京", "天津", "武汉", "长沙", "厦门", "青岛", "大连", "昆明", "合肥", "无锡"};
    private static final String BRAND_CHARS = "华金锦恒新天瑞宏嘉同德盛鑫泰隆丰源兴达通和利昌荣安信永佳美明光东南"
            + "西北中海星辰宇博创联合众诚正远航飞腾云峰山川江河湖林森松柏竹梅兰菊凯旋奥拓维智科";
    private static final String[] TRADE = {"机械", "电子", "食品", "纺织", "化工", "物流", "医疗器械", "建材", "软件",
            "包装", "五金", "家具", "服饰", "农业科技", "环保设备", "汽车配件", "电气", "印刷", "茶业", "酒业"};
    private static final String[] EN_SYLLABLES = {"ka", "lo", "ve", "ra", "ti", "no", "sa", "mi", "dor", "len", "tra",
            "vin", "bel", "cor", "fen", "gal", "hor", "jun", "mar", "pol", "ros", "sol", "ter", "val", "zen"};
    private static final String[] EN_TRADE = {"Machinery", "Electronics", "Foods", "Textiles", "Chemicals",
            "Logistics", "Medical", "Materials", "Software", "Packaging", "Hardware", "Furniture", "Apparel"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡";
    private static final String GIVEN = "伟芳敏静磊艳军勇杰娟涛明超秀霞平刚桂英华丽强玲洋萍红鹏辉建文斌宇浩凯";
    private static final String[] GRADES = {"KEY", "POTENTIAL", "POTENTIAL", "ORDINARY", "ORDINARY", "ORDINARY",
            "ORDINARY", "ORDINARY", "ORDINARY", "RISK"};
    private static final String[] LIFECYCLES = {"PROSPECT", "NEW", "RETURNING", "LOST"};
    private static final String[] REGIONS = {"East", "West", "North", "South", "Central"};
    private static final int BATCH = 2000;

    private BenchmarkCustomers() {
    }

    /** One generated row: what the import file and the database loader both need. */
    record Row(String type, String name, String phone, String email, String region, String grade,
            String lifecycle, String contactName, String contactPhone) {
    }

    static Row row(Random random, long i) {
        int kind = random.nextInt(10);
        String region = REGIONS[random.nextInt(REGIONS.length)];
        String grade = GRADES[random.nextInt(GRADES.length)];
        String lifecycle = LIFECYCLES[random.nextInt(LIFECYCLES.length)];
        String mobile = "+86 1" + (30 + random.nextInt(70)) + " " + (1000 + random.nextInt(9000)) + " "
                + (1000 + random.nextInt(9000));
        if (kind < 2) {
            String name = person(random);
            return new Row("PERSON", name, mobile, "c" + i + "@mail.example.cn", region, grade, lifecycle, null, null);
        }
        String name;
        if (kind < 4) {
            name = capitalised(syllables(random, 2 + random.nextInt(2))) + " "
                    + EN_TRADE[random.nextInt(EN_TRADE.length)] + " Co., Ltd.";
        } else {
            name = CITY[random.nextInt(CITY.length)] + BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length()))
                    + BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length())) + TRADE[random.nextInt(TRADE.length)]
                    + "有限公司";
        }
        String landline = "0" + (10 + random.nextInt(89)) + "-" + (60000000 + random.nextInt(39999999));
        return new Row("COMPANY", name, random.nextBoolean() ? mobile : landline, "info" + i + "@co" + i
                + ".example.cn", region, grade, lifecycle, person(random), mobile);
    }

    static String person(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
    }

    private static String syllables(Random random, int count) {
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < count; s++) {
            word.append(EN_SYLLABLES[random.nextInt(EN_SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The owner of the i-th customer: a fifth in the pool, the three demo salespeople 300 each, 200 others. */
    static String owner(long i) {
        if (i % 5 == 4) {
            return null;
        }
        if (i < 1200) {
            return SALESPEOPLE_WITH_LOGINS[(int) (i % 3)];
        }
        return "rep" + (i % 200);
    }

    /** Adds customers until there are {@code wanted}; reports progress in thousands. */
    public static void fill(DataSource dataSource, long wanted, IntConsumer progress) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long existing;
            try (Statement count = connection.createStatement();
                    ResultSet result = count.executeQuery("select count(*) from sf_customer")) {
                result.next();
                existing = result.getLong(1);
            }
            Random random = new Random(42 + existing);
            boolean bulk = wanted - existing > 50_000;
            if (bulk) {
                termIndexes(connection, false);
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement customer = connection.prepareStatement("""
                    insert into sf_customer (type, name, name_key, phone, phone_key, email, region, source, owner,
                    grade, lifecycle, owned_since, created_at, created_by, version)
                    values (?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?, ?, ?, ?, ?, 'benchmark', 0)""",
                    Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement contact = connection.prepareStatement(
                            "insert into sf_contact (customer_id, name, phone, version) values (?, ?, ?, 0)");
                    PreparedStatement term = connection.prepareStatement(
                            "insert into sf_customer_term (term, customer_id) values (?, ?)")) {
                Row[] rows = new Row[BATCH];
                for (long i = existing; i < wanted; i += BATCH) {
                    int n = (int) Math.min(BATCH, wanted - i);
                    for (int k = 0; k < n; k++) {
                        Row row = row(random, i + k);
                        rows[k] = row;
                        String owner = owner(i + k);
                        customer.setString(1, row.type());
                        customer.setString(2, row.name());
                        customer.setString(3, MatchKeys.company(row.name()));
                        customer.setString(4, row.phone());
                        customer.setString(5, MatchKeys.phone(row.phone()));
                        customer.setString(6, row.email());
                        customer.setString(7, row.region());
                        customer.setString(8, owner);
                        customer.setString(9, row.grade());
                        customer.setString(10, row.lifecycle());
                        customer.setTimestamp(11, owner == null ? null : now);
                        customer.setTimestamp(12, now);
                        customer.addBatch();
                    }
                    customer.executeBatch();
                    try (ResultSet keys = customer.getGeneratedKeys()) {
                        for (int k = 0; k < n; k++) {
                            keys.next();
                            long id = keys.getLong(1);
                            Row row = rows[k];
                            List<Contact> contacts = List.of();
                            if (row.contactName() != null) {
                                contact.setLong(1, id);
                                contact.setString(2, row.contactName());
                                contact.setString(3, row.contactPhone());
                                contact.addBatch();
                                Contact person = new Contact(id);
                                person.update(row.contactName(), null, row.contactPhone(), null, null, null);
                                contacts = List.of(person);
                            }
                            for (String value : SearchTerms.of(row.name(), row.phone(), row.email(), contacts)) {
                                term.setString(1, value);
                                term.setLong(2, id);
                                term.addBatch();
                            }
                        }
                    }
                    contact.executeBatch();
                    term.executeBatch();
                    connection.commit();
                    if ((i / BATCH) % 25 == 0) {
                        progress.accept((int) ((i + n) / 1000));
                    }
                }
            }
            if (bulk) {
                termIndexes(connection, true);
            }
        }
    }

    /** MySQL's driver sends a batch row by row unless told to rewrite it: the loader alone gets that option. */
    public static DataSource loader(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl().startsWith("jdbc:mysql:")) {
            return new DriverManagerDataSource(hikari.getJdbcUrl() + "&rewriteBatchedStatements=true",
                    hikari.getUsername(), hikari.getPassword());
        }
        return dataSource;
    }

    /** A bulk load is several times faster with the term table's indexes built once afterwards. */
    private static void termIndexes(Connection connection, boolean create) throws Exception {
        boolean mysql = !connection.getMetaData().getDatabaseProductName().startsWith("H2");
        try (Statement statement = connection.createStatement()) {
            if (create) {
                statement.execute("create index ix_customer_term on sf_customer_term (term, customer_id)");
                statement.execute("create index ix_customer_term_customer on sf_customer_term (customer_id)");
                if (mysql) {
                    // Lets MariaDB add the key in place instead of copying twenty million rows; they are valid.
                    statement.execute("set foreign_key_checks = 0");
                }
                statement.execute("alter table sf_customer_term add constraint fk_customer_term_customer foreign key "
                        + "(customer_id) references sf_customer (id) on delete cascade");
                if (mysql) {
                    statement.execute("set foreign_key_checks = 1");
                }
            } else if (mysql) {
                statement.execute("alter table sf_customer_term drop foreign key fk_customer_term_customer");
                statement.execute("alter table sf_customer_term drop index ix_customer_term");
                statement.execute("alter table sf_customer_term drop index ix_customer_term_customer");
            } else {
                statement.execute("alter table sf_customer_term drop constraint fk_customer_term_customer");
                statement.execute("drop index ix_customer_term");
                statement.execute("drop index ix_customer_term_customer");
            }
        }
        connection.commit();
    }
}
