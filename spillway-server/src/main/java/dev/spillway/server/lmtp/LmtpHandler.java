package dev.spillway.server.lmtp;

import dev.spillway.store.StoreException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One LMTP connection. Reads CRLF-stripped lines from a line decoder, keeps the transaction
 * state, and delivers on {@code worker} so the event loop never waits for the disk. Reading
 * is paused while a delivery or recipient look-up runs, which keeps replies in order under
 * RFC 2920 pipelining.
 */
public final class LmtpHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(LmtpHandler.class);

    private final LmtpDelivery delivery;
    private final LmtpSettings settings;
    private final Executor worker;

    private boolean greeted;
    private String sender;
    private final List<String> recipients = new ArrayList<>();
    private final List<String> accounts = new ArrayList<>();
    private ByteArrayOutputStream data;
    private boolean dataTooBig;
    private boolean dataLineTooLong;
    private boolean busy;
    private final ArrayDeque<ByteBuf> pending = new ArrayDeque<>();

    public LmtpHandler(LmtpDelivery delivery, LmtpSettings settings, Executor worker) {
        this.delivery = delivery;
        this.settings = settings;
        this.worker = worker;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        reply(ctx, "220 " + settings.hostName() + " Spillway LMTP ready");
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        if (busy) {
            pending.add(buf); // pipelined behind a step still running: keep the order
            return;
        }
        handle(ctx, buf);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        ByteBuf buf;
        while ((buf = pending.poll()) != null) {
            buf.release();
        }
        super.channelInactive(ctx);
    }

    private void handle(ChannelHandlerContext ctx, ByteBuf buf) {
        try {
            if (data != null) {
                dataLine(ctx, buf);
            } else {
                command(ctx, buf.toString(StandardCharsets.UTF_8));
            }
        } finally {
            buf.release();
        }
    }

    private void drain(ChannelHandlerContext ctx) {
        ByteBuf buf;
        while (!busy && (buf = pending.poll()) != null) {
            handle(ctx, buf);
        }
        if (!busy) {
            ctx.channel().config().setAutoRead(true);
            ctx.read();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            if (data != null) {
                dataLineTooLong = true;
            } else {
                reply(ctx, "500 5.5.2 Line too long");
            }
            return;
        }
        LOG.debug("lmtp connection error: {}", cause.toString());
        ctx.close();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent) {
            ctx.writeAndFlush(line("421 4.4.2 Idle for too long, closing"))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    private void command(ChannelHandlerContext ctx, String line) {
        String verb = verbOf(line);
        String rest = line.length() > verb.length() ? line.substring(verb.length()).trim() : "";
        switch (verb) {
            case "LHLO" -> lhlo(ctx, rest);
            case "MAIL" -> mail(ctx, rest);
            case "RCPT" -> rcpt(ctx, rest);
            case "DATA" -> startData(ctx);
            case "RSET" -> {
                reset();
                reply(ctx, "250 2.0.0 OK");
            }
            case "NOOP" -> reply(ctx, "250 2.0.0 OK");
            case "VRFY" -> reply(ctx, "252 2.5.0 Cannot verify, send some mail");
            case "QUIT" -> ctx.writeAndFlush(line("221 2.0.0 Bye"))
                    .addListener(ChannelFutureListener.CLOSE);
            case "HELO", "EHLO" -> reply(ctx, "500 5.5.1 This is LMTP: use LHLO (RFC 2033)");
            default -> reply(ctx, "500 5.5.2 Unknown command");
        }
    }

    private void lhlo(ChannelHandlerContext ctx, String domain) {
        if (domain.isEmpty()) {
            reply(ctx, "501 5.5.4 LHLO needs a domain");
            return;
        }
        greeted = true;
        reset();
        reply(ctx, "250-" + settings.hostName() + "\r\n"
                + "250-PIPELINING\r\n"
                + "250-ENHANCEDSTATUSCODES\r\n"
                + "250-8BITMIME\r\n"
                + "250 SIZE " + settings.maxMessageBytes());
    }

    private void mail(ChannelHandlerContext ctx, String args) {
        if (!greeted) {
            reply(ctx, "503 5.5.1 Send LHLO first");
        } else if (sender != null) {
            reply(ctx, "503 5.5.1 Sender already given");
        } else if (!upper(args).startsWith("FROM:")) {
            reply(ctx, "501 5.5.4 Syntax: MAIL FROM:<address>");
        } else {
            String parameters = args.substring(5).trim();
            String address = pathOf(parameters);
            if (address == null) {
                reply(ctx, "501 5.1.7 Bad sender address syntax");
                return;
            }
            long declared = declaredSize(parameters);
            if (declared > settings.maxMessageBytes()) {
                reply(ctx, "552 5.3.4 Message size exceeds fixed limit of "
                        + settings.maxMessageBytes() + " octets");
                return;
            }
            sender = address;
            reply(ctx, "250 2.1.0 Sender OK");
        }
    }

    private void rcpt(ChannelHandlerContext ctx, String args) {
        if (sender == null) {
            reply(ctx, "503 5.5.1 Send MAIL first");
            return;
        }
        if (!upper(args).startsWith("TO:")) {
            reply(ctx, "501 5.5.4 Syntax: RCPT TO:<address>");
            return;
        }
        String address = pathOf(args.substring(3).trim());
        if (address == null || address.isEmpty()) {
            reply(ctx, "501 5.1.3 Bad recipient address syntax");
            return;
        }
        if (recipients.size() >= settings.maxRecipients()) {
            reply(ctx, "452 4.5.3 Too many recipients");
            return;
        }
        pauseAndRun(ctx, () -> {
            String account = delivery.resolve(address);
            return () -> {
                if (account == null) {
                    reply(ctx, "550 5.1.1 <" + address + "> No such user here");
                } else {
                    recipients.add(address);
                    accounts.add(account);
                    reply(ctx, "250 2.1.5 <" + address + "> Recipient OK");
                }
            };
        }, "451 4.3.0 Temporary failure looking up the recipient");
    }

    private void startData(ChannelHandlerContext ctx) {
        if (sender == null) {
            reply(ctx, "503 5.5.1 Send MAIL first");
        } else if (recipients.isEmpty()) {
            reply(ctx, "554 5.5.1 No valid recipients");
        } else {
            data = new ByteArrayOutputStream(8192);
            writeTraceHeaders();
            dataTooBig = false;
            dataLineTooLong = false;
            reply(ctx, "354 Start mail input; end with <CRLF>.<CRLF>");
        }
    }

    private void dataLine(ChannelHandlerContext ctx, ByteBuf line) {
        int length = line.readableBytes();
        if (length == 1 && line.getByte(line.readerIndex()) == '.') {
            finishData(ctx);
            return;
        }
        int from = line.readerIndex();
        if (length > 0 && line.getByte(from) == '.') {
            from++; // dot-stuffing, RFC 5321 §4.5.2
            length--;
        }
        if (dataTooBig || data.size() + length + 2 > settings.maxMessageBytes()) {
            dataTooBig = true;
            return;
        }
        byte[] bytes = new byte[length];
        line.getBytes(from, bytes);
        data.writeBytes(bytes);
        data.write('\r');
        data.write('\n');
    }

    private void finishData(ChannelHandlerContext ctx) {
        byte[] message = data.toByteArray();
        data = null;
        List<String> rcpts = List.copyOf(recipients);
        List<String> targets = List.copyOf(accounts);
        boolean tooBig = dataTooBig;
        boolean lineTooLong = dataLineTooLong;
        reset();
        if (tooBig || lineTooLong) {
            String text = tooBig
                    ? "552 5.3.4 Message exceeds the limit of " + settings.maxMessageBytes()
                            + " octets"
                    : "500 5.6.0 A line of the message exceeds " + settings.maxLineBytes()
                            + " octets";
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < rcpts.size(); i++) {
                all.append(i == 0 ? "" : "\r\n").append(text);
            }
            reply(ctx, all.toString());
            return;
        }
        pauseAndRun(ctx, () -> {
            List<String> replies = new ArrayList<>();
            for (int i = 0; i < rcpts.size(); i++) {
                replies.add(deliverOne(rcpts.get(i), targets.get(i), message));
            }
            return () -> reply(ctx, String.join("\r\n", replies));
        }, "451 4.3.0 Temporary failure");
    }

    private String deliverOne(String recipient, String account, byte[] message) {
        try {
            delivery.deliver(account, withDeliveredTo(recipient, message));
            LOG.info("lmtp delivered account={} size={}", account, message.length);
            return "250 2.0.0 <" + recipient + "> Delivered";
        } catch (Exception e) {
            if (e instanceof StoreException store
                    && store.kind() == StoreException.Kind.OVERQUOTA) {
                // RFC 3463 §3.3 X.2.2 "mailbox full", with the 552 of RFC 5321 §4.2.2: the
                // sender keeps the message and bounces it; nothing was stored.
                LOG.info("lmtp over quota account={} size={}", account, message.length);
                return "552 5.2.2 <" + recipient + "> Mailbox full";
            }
            LOG.warn("lmtp delivery failed account={} cause={}", account, e.toString());
            return "451 4.3.0 <" + recipient + "> Temporary failure, try again later";
        }
    }

    private void writeTraceHeaders() {
        String received = "Return-Path: <" + sender + ">\r\n"
                + "Received: from lmtp by " + settings.hostName() + " (Spillway) with LMTP;\r\n"
                + "\t" + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)
                + "\r\n";
        data.writeBytes(received.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withDeliveredTo(String recipient, byte[] message) {
        byte[] header = ("Delivered-To: " + recipient + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[header.length + message.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(message, 0, out, header.length, message.length);
        return out;
    }

    /** Work that blocks, then a step that must run back on the event loop. */
    private interface BlockingStep {
        Runnable run() throws Exception;
    }

    private void pauseAndRun(ChannelHandlerContext ctx, BlockingStep step, String failure) {
        busy = true;
        ctx.channel().config().setAutoRead(false);
        worker.execute(() -> {
            Runnable then;
            try {
                then = step.run();
            } catch (Exception e) {
                LOG.warn("lmtp step failed: {}", e.toString());
                then = () -> reply(ctx, failure);
            }
            Runnable last = then;
            ctx.executor().execute(() -> {
                busy = false;
                last.run();
                drain(ctx);
            });
        });
    }

    private void reset() {
        sender = null;
        recipients.clear();
        accounts.clear();
    }

    private static void reply(ChannelHandlerContext ctx, String text) {
        ctx.writeAndFlush(line(text));
    }

    private static ByteBuf line(String text) {
        return Unpooled.copiedBuffer(text + "\r\n", StandardCharsets.UTF_8);
    }

    private static String verbOf(String line) {
        int space = line.indexOf(' ');
        return upper(space < 0 ? line : line.substring(0, space));
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** The address inside {@code <...>} at the start of {@code parameters}, or null. */
    static String pathOf(String parameters) {
        if (!parameters.startsWith("<")) {
            return null;
        }
        int end = parameters.indexOf('>');
        if (end < 0) {
            return null;
        }
        String path = parameters.substring(1, end).trim();
        int colon = path.indexOf(':'); // drop an RFC 5321 source route "@a,@b:user@host"
        if (path.startsWith("@") && colon > 0) {
            path = path.substring(colon + 1);
        }
        return path;
    }

    private static long declaredSize(String parameters) {
        for (String word : parameters.split(" ")) {
            if (upper(word).startsWith("SIZE=")) {
                try {
                    return Long.parseLong(word.substring(5));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }
}
