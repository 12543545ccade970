package dev.spillway.protocol.command;

/**
 * {@code COMPRESS mechanism} (RFC 4978 §3).
 *
 * @param mechanism the compression mechanism, upper-cased; only {@code DEFLATE} is defined
 */
public record CompressCommand(String tag, String mechanism) implements Command {
    @Override
    public CommandKind kind() {
        return CommandKind.COMPRESS;
    }
}
