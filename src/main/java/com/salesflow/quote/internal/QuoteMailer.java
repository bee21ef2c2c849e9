package com.salesflow.quote.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Mails a quote's PDF when mail is configured ({@code spring.mail.host}); otherwise quotes are handed over. */
@Component
class QuoteMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final QuoteProperties properties;

    QuoteMailer(ObjectProvider<JavaMailSender> sender, QuoteProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    boolean isConfigured() {
        return sender.getIfAvailable() != null;
    }

    void send(String to, String subject, String text, String fileName, byte[] pdf) {
        JavaMailSender mail = sender.getObject();
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.company().email());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
            helper.addAttachment(fileName, new ByteArrayResource(pdf), "application/pdf");
            mail.send(message);
        } catch (MessagingException | MailException e) {
            throw new IllegalStateException("The quote could not be mailed: " + e.getMessage(), e);
        }
    }
}
