package com.salesflow.lead.internal;

import com.salesflow.customer.Source;
import com.salesflow.lead.CompanySize;
import com.salesflow.lead.Engagement;
import com.salesflow.lead.LeadForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A dozen fresh leads for the demo run, after the demo customers: hot, warm and cold ones from different sources
 * and regions, so that the demo salespeople find Qualify tasks in their lists. Created once.
 */
@Component
@Order(120)
class DemoLeads implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLeads.class);

    private record Demo(String name, String company, String phone, String email, Source source, String industry,
            String region, CompanySize size, Engagement engagement, String need) {
    }

    private static final Demo[] LEADS = {
        new Demo("Sun Hao 孙浩", "华瑞精密机械有限公司", "13916020001", null, Source.REFERRAL, "Machinery", "East",
                CompanySize.LARGE, Engagement.HIGH, "Quote for 40 CNC spindles, delivery before Chinese New Year"),
        new Demo("Li Ting 李婷", "Bluewave Electronics Co., Ltd.", null, "li.ting@bluewave-electronics.example",
                Source.WEB_FORM, "Electronics", "East", CompanySize.MEDIUM, Engagement.HIGH,
                "Asked for a meeting about sensor modules"),
        new Demo("Zhao Lei 赵磊", "蓉城食品有限公司", "13880020003", null, Source.EVENT, "Food", "West",
                CompanySize.MEDIUM, Engagement.MEDIUM, "Samples of packaging film after the Chengdu trade fair"),
        new Demo("Wang Fang 王芳", null, "13700020004", "wangfang@mail.example", Source.INTERNET, null, "North", null,
                Engagement.LOW, "Left a phone number on the website"),
        new Demo("Huang Jun 黄军", "Pearl River Logistics Ltd.", "13600020005", null, Source.COMPETITOR, "Logistics",
                "South", CompanySize.LARGE, Engagement.MEDIUM, "Unhappy with the current supplier's lead times"),
        new Demo("Xu Yan 徐艳", "秦川医疗器械有限公司", "13500020006", null, Source.KEY_PERSON, "Medical devices", "West",
                CompanySize.ENTERPRISE, Engagement.HIGH, "Introduced by the hospital purchasing head; wants a quote"),
        new Demo("Ma Qiang 马强", "Ma's Furniture Workshop", "13400020007", null, Source.SMS, "Furniture", "Central",
                CompanySize.MICRO, Engagement.LOW, null),
        new Demo("Zhu Xin 朱欣", "Evergreen Packaging Co., Ltd.", null, "zhu.xin@evergreen-pack.example",
                Source.PHONE, "Packaging", "East", CompanySize.SMALL, Engagement.MEDIUM,
                "Price list for corrugated boxes"),
        new Demo("Guo Wei 郭伟", "江汉建材集团", "13300020009", null, Source.VENUE, "Building materials", "Central",
                CompanySize.LARGE, Engagement.MEDIUM, "Visited the showroom, interested in fire-rated panels"),
        new Demo("Hu Min 胡敏", "Silk Road Textiles Ltd.", "13200020010", null, Source.DIRECTORY, "Textiles", "West",
                CompanySize.SMALL, Engagement.LOW, null),
        new Demo("Zhou Jing 周静", "Northstar Auto Parts Co., Ltd.", "13100020011", null, Source.PERSONAL_NETWORK,
                "Auto parts", "North", CompanySize.MEDIUM, Engagement.HIGH, "Needs a second source for brake parts"),
        new Demo("Chen Yong 陈勇", "金桥软件有限公司", null, "chen.yong@jinqiao-soft.example", Source.IMPORT, "Software",
                "East", CompanySize.SMALL, Engagement.LOW, "From the 2026 expo visitor list"),
    };

    private final LeadService leads;
    private final LeadRepository repository;
    private final boolean demo;

    DemoLeads(LeadService leads, LeadRepository repository, @Value("${salesflow.demo.enabled:false}") boolean demo) {
        this.leads = leads;
        this.repository = repository;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || repository.count() > 0) {
            return;
        }
        for (Demo demoLead : LEADS) {
            LeadForm form = new LeadForm();
            form.setName(demoLead.name());
            form.setCompany(demoLead.company());
            form.setPhone(demoLead.phone());
            form.setEmail(demoLead.email());
            form.setSource(demoLead.source());
            form.setIndustry(demoLead.industry());
            form.setRegion(demoLead.region());
            form.setCompanySize(demoLead.size());
            form.setEngagement(demoLead.engagement());
            form.setNeed(demoLead.need());
            leads.intake(form, "demo");
        }
        log.info("Demo run: {} leads submitted to lead qualification", LEADS.length);
    }
}
