package com.salesflow.quote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A quote mail reaches a real SMTP server (GreenMail) with its PDF attached, from the company's address. */
class QuoteMailerTest {

    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private static QuoteProperties properties() {
        return new QuoteProperties(null, null, null, null, null, null, new QuoteProperties.Company("Acme Trading",
                "阿克米贸易", null, null, null, "quotes@acme.example", null));
    }

    @Test
    void without_a_mail_server_configured_nothing_can_be_mailed() {
        QuoteMailer mailer = new QuoteMailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                properties());
        assertThat(mailer.isConfigured()).isFalse();
    }

    @Test
    void the_pdf_is_attached_and_the_mail_comes_from_the_company() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        QuoteMailer mailer = new QuoteMailer(beans.getBeanProvider(JavaMailSender.class), properties());
        byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);

        assertThat(mailer.isConfigured()).isTrue();
        mailer.send("buyer@customer.example", "QT-2026-00007 v2", "Our offer, as discussed.", "QT-2026-00007-v2.pdf",
                pdf);

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("QT-2026-00007 v2");
        assertThat(received.getFrom()[0].toString()).isEqualTo("quotes@acme.example");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("buyer@customer.example");
        Multipart parts = (Multipart) received.getContent();
        Part attachment = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                attachment = parts.getBodyPart(i);
            }
        }
        assertThat(attachment).isNotNull();
        assertThat(attachment.getFileName()).isEqualTo("QT-2026-00007-v2.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
    }
}
