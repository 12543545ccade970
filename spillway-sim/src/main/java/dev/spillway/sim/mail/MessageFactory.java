package dev.spillway.sim.mail;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * Generates realistic mail in the shares of a {@link MailMix}: text of the stated sizes made of
 * common words in wrapped lines, HTML renderings, base64 attachments of incompressible bytes
 * (as PDFs and JPEGs are). The same seed gives the same messages. Not thread-safe: one factory
 * per thread.
 */
public final class MessageFactory {

    private static final String[] WORDS = ("the meeting project update please review attached "
            + "document schedule tomorrow thanks regards team budget report quarter draft "
            + "final version comments feedback question answer call friday monday agenda "
            + "notes follow up next week deadline client proposal invoice order delivery "
            + "status photo trip weekend dinner family birthday plans confirm soon hello "
            + "newsletter offer read more unsubscribe latest news event invitation").split(" ");
    private static final String[][] ATTACHMENTS = {
        {"application/pdf", "report.pdf"},
        {"image/jpeg", "IMG_2041.jpeg"},
        {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "draft.docx"},
    };
    private static final ZonedDateTime EPOCH =
            ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.UTC);

    private final Random random;
    private final MailMix mix;
    private long serial;

    public MessageFactory(long seed, MailMix mix) {
        this.random = new Random(seed);
        this.mix = Objects.requireNonNull(mix, "mix");
    }

    /** The next message, addressed to {@code to}. */
    public GeneratedMessage next(String to) {
        MessageKind kind = mix.pick(random.nextDouble());
        serial++;
        StringBuilder mail = new StringBuilder(32 * 1024);
        headers(mail, kind, to);
        switch (kind) {
            case PLAIN -> plain(mail);
            case ALTERNATIVE -> alternative(mail, between(2_000, 20_000), 0);
            case ATTACHMENT -> attachment(mail);
            default -> alternative(mail, between(2_000, 8_000), between(20_000, 80_000));
        }
        return new GeneratedMessage(kind, mail.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void headers(StringBuilder mail, MessageKind kind, String to) {
        boolean bulk = kind == MessageKind.NEWSLETTER;
        String from = bulk ? "News <news@lists.example.test>"
                : "Sam " + word(true) + " <sam" + random.nextInt(50) + "@example.test>";
        ZonedDateTime date = EPOCH.minusMinutes(random.nextInt(60 * 24 * 365));
        line(mail, "From: " + from);
        line(mail, "To: <" + to + ">");
        line(mail, "Subject: " + sentence(3 + random.nextInt(6)));
        line(mail, "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(date));
        line(mail, "Message-ID: <" + Long.toHexString(random.nextLong()) + "." + serial
                + "@sim.example.test>");
        if (bulk) {
            line(mail, "List-Unsubscribe: <mailto:leave@lists.example.test>");
        }
        line(mail, "MIME-Version: 1.0");
    }

    private void plain(StringBuilder mail) {
        line(mail, "Content-Type: text/plain; charset=utf-8");
        line(mail, "Content-Transfer-Encoding: 8bit");
        line(mail, "");
        text(mail, between(2_000, 20_000));
    }

    /** Plain text of {@code textSize}, then HTML of {@code htmlSize} or as long as the text. */
    private void alternative(StringBuilder mail, int textSize, int htmlSize) {
        String boundary = boundary();
        line(mail, "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"");
        line(mail, "");
        line(mail, "--" + boundary);
        line(mail, "Content-Type: text/plain; charset=utf-8");
        line(mail, "");
        text(mail, textSize);
        line(mail, "--" + boundary);
        line(mail, "Content-Type: text/html; charset=utf-8");
        line(mail, "");
        html(mail, htmlSize > 0 ? htmlSize : textSize * 3 / 2, htmlSize > 0);
        line(mail, "--" + boundary + "--");
    }

    private void attachment(StringBuilder mail) {
        String boundary = boundary();
        String[] type = ATTACHMENTS[random.nextInt(ATTACHMENTS.length)];
        line(mail, "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"");
        line(mail, "");
        line(mail, "--" + boundary);
        line(mail, "Content-Type: text/plain; charset=utf-8");
        line(mail, "");
        text(mail, between(300, 3_000));
        line(mail, "--" + boundary);
        line(mail, "Content-Type: " + type[0] + "; name=\"" + type[1] + "\"");
        line(mail, "Content-Disposition: attachment; filename=\"" + type[1] + "\"");
        line(mail, "Content-Transfer-Encoding: base64");
        line(mail, "");
        byte[] content = new byte[between(50_000, 500_000)];
        random.nextBytes(content);
        String encoded = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(content);
        line(mail, encoded);
        line(mail, "--" + boundary + "--");
    }

    private void text(StringBuilder mail, int size) {
        int end = mail.length() + size;
        while (mail.length() < end) {
            line(mail, sentence(8 + random.nextInt(5)) + ".");
            if (random.nextInt(5) == 0) {
                line(mail, "");
            }
        }
    }

    private void html(StringBuilder mail, int size, boolean newsletter) {
        int end = mail.length() + size;
        line(mail, "<html><head><style>p{font-family:sans-serif}td{padding:8px}</style></head>");
        line(mail, "<body>");
        while (mail.length() < end) {
            if (newsletter && random.nextInt(3) == 0) {
                line(mail, "<table><tr><td><img src=\"https://img.example.test/"
                        + random.nextInt(1000) + ".png\" alt=\"\"></td>");
                line(mail, "<td><a href=\"https://news.example.test/a/" + random.nextInt(10_000)
                        + "\">" + sentence(5) + "</a></td></tr></table>");
            } else {
                line(mail, "<p>" + sentence(10 + random.nextInt(4)) + ".</p>");
            }
        }
        line(mail, "</body></html>");
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder(word(true));
        for (int i = 1; i < words; i++) {
            sentence.append(' ').append(word(false));
        }
        return sentence.toString();
    }

    private String word(boolean capital) {
        String word = WORDS[random.nextInt(WORDS.length)];
        return capital ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word;
    }

    private String boundary() {
        return "=_sim_" + Long.toHexString(random.nextLong());
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static void line(StringBuilder mail, String text) {
        mail.append(text).append("\r\n");
    }
}
