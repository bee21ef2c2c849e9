package com.salesflow.product.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo run's catalogue, before the demo customers: an industrial-equipment seller's machines, drives, spare parts
 * and services, with this year's standard price list, last year's (expired) and an open-ended dealer list. Created
 * once.
 */
@Component
@Order(105)
class DemoCatalogue implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);
    private static final String BY = "admin";
    private static final BigDecimal VAT = new BigDecimal("0.1300");
    /** Services bear 6 % VAT in China. */
    private static final BigDecimal SERVICE_VAT = new BigDecimal("0.0600");

    private record Demo(String code, String nameEn, String nameZh, String unit, int listPrice, int cost,
            BigDecimal taxRate, boolean active) {

        Demo(String code, String nameEn, String nameZh, String unit, int listPrice, int cost) {
            this(code, nameEn, nameZh, unit, listPrice, cost, VAT, true);
        }
    }

    private static final Demo[] PRODUCTS = {
        new Demo("PRD-1001", "CNC lathe CK6150", "数控车床 CK6150", "台", 168_000, 121_000),
        new Demo("PRD-1002", "Vertical machining centre VMC850", "立式加工中心 VMC850", "台", 298_000, 215_000),
        new Demo("PRD-1003", "Surface grinder M7130", "平面磨床 M7130", "台", 86_000, 61_000),
        new Demo("PRD-1004", "Radial drilling machine Z3050", "摇臂钻床 Z3050", "台", 42_000, 29_500),
        new Demo("PRD-1005", "Hydraulic press 100 t", "四柱液压机 100吨", "台", 135_000, 96_000),
        new Demo("PRD-1006", "Screw air compressor 37 kW", "螺杆空压机 37kW", "台", 58_000, 40_500),
        new Demo("PRD-1007", "Refrigerated air dryer", "冷冻式干燥机", "台", 12_800, 8_600),
        new Demo("PRD-1008", "Variable frequency drive 7.5 kW", "变频器 7.5kW", "台", 4_800, 3_100),
        new Demo("PRD-1009", "Variable frequency drive 22 kW", "变频器 22kW", "台", 11_800, 7_900),
        new Demo("PRD-1010", "Servo motor and drive set 2 kW", "伺服电机驱动器套装 2kW", "套", 6_900, 4_600),
        new Demo("PRD-1011", "PLC controller, 32 I/O", "PLC 控制器（32点）", "台", 5_600, 3_700),
        new Demo("PRD-1012", "HMI touch panel 10 inch", "10英寸触摸屏", "台", 3_200, 2_050),
        new Demo("PRD-1013", "Six-axis industrial robot 10 kg", "六轴工业机器人 10kg", "台", 228_000, 172_000),
        new Demo("PRD-1014", "Belt conveyor line 5 m", "皮带输送线 5米", "套", 36_000, 24_800),
        new Demo("PRD-1015", "Electric chain hoist 2 t", "环链电动葫芦 2吨", "台", 7_800, 5_200),
        new Demo("PRD-1016", "Fibre laser marking machine 30 W", "光纤激光打标机 30W", "台", 26_000, 17_500),
        new Demo("PRD-1017", "Centrifugal pump 15 kW", "离心泵 15kW", "台", 9_800, 6_400),
        new Demo("PRD-1018", "Cooling tower 50 t/h", "冷却塔 50吨", "台", 45_000, 31_000),
        new Demo("PRD-1019", "Pulse-jet dust collector", "脉冲布袋除尘器", "台", 32_000, 22_000),
        new Demo("PRD-1020", "Ball bearing 6205, box of 10", "深沟球轴承 6205（10只装）", "套", 180, 95),
        new Demo("PRD-1021", "Spindle cartridge BT40", "BT40 主轴单元", "件", 18_500, 12_600),
        new Demo("PRD-1022", "Carbide end mill set", "硬质合金立铣刀套装", "套", 1_280, 720),
        new Demo("PRD-1023", "Hydraulic cylinder 80 mm bore", "液压油缸 缸径80mm", "件", 2_600, 1_650),
        new Demo("PRD-1024", "Safety light curtain", "安全光栅", "套", 2_400, 1_500),
        new Demo("PRD-1025", "Installation and commissioning", "安装调试服务", "次", 8_000, 4_500, SERVICE_VAT, true),
        new Demo("PRD-1026", "Annual maintenance contract", "年度维保服务", "年", 15_000, 7_800, SERVICE_VAT, true),
        new Demo("PRD-0905", "Variable frequency drive 5.5 kW (discontinued)", "变频器 5.5kW（停产）", "台", 3_900, 2_600,
                VAT, false),
    };

    private final ProductRepository products;
    private final PriceListRepository lists;
    private final PriceListEntryRepository entries;
    private final Clock clock;
    private final boolean demo;

    DemoCatalogue(ProductRepository products, PriceListRepository lists, PriceListEntryRepository entries,
            Clock clock, @Value("${salesflow.demo.enabled:false}") boolean demo) {
        this.products = products;
        this.lists = lists;
        this.entries = entries;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo || products.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        int year = LocalDate.now(clock).getYear();
        PriceList standard = list(year + " Standard 标准价", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), now);
        PriceList lastYear = list((year - 1) + " Standard 标准价", LocalDate.of(year - 1, 1, 1),
                LocalDate.of(year - 1, 12, 31), now);
        PriceList dealer = list(year + " Dealer 经销商价", LocalDate.of(year, 1, 1), null, now);
        for (Demo demoProduct : PRODUCTS) {
            Product product = new Product(BY, now);
            product.set(new ProductRules.Values(demoProduct.code(), demoProduct.nameEn(), demoProduct.nameZh(),
                    demoProduct.unit(), money(demoProduct.listPrice()), money(demoProduct.cost()),
                    demoProduct.taxRate(), "CNY", demoProduct.active()), BY, now);
            products.save(product);
            BigDecimal listPrice = product.getListPrice();
            entries.save(new PriceListEntry(lastYear.getId(), product.getId(), scaled(listPrice, "0.95")));
            if (demoProduct.active()) {
                entries.save(new PriceListEntry(standard.getId(), product.getId(), listPrice));
                // Dealers get 12 % off machines and parts; services are sold at list price.
                entries.save(new PriceListEntry(dealer.getId(), product.getId(),
                        SERVICE_VAT.equals(demoProduct.taxRate()) ? listPrice : scaled(listPrice, "0.88")));
            }
        }
        log.info("Demo run: {} products and 3 price lists", PRODUCTS.length);
    }

    private PriceList list(String name, LocalDate from, LocalDate to, Instant now) {
        PriceList list = new PriceList(BY, now);
        list.set(name, "CNY", from, to, true, BY, now);
        return lists.save(list);
    }

    private static BigDecimal money(int yuan) {
        return BigDecimal.valueOf(yuan).setScale(2);
    }

    /** Rounded to whole yuan, as price lists print them. */
    private static BigDecimal scaled(BigDecimal price, String factor) {
        return price.multiply(new BigDecimal(factor)).setScale(0, RoundingMode.HALF_UP).setScale(2);
    }
}
