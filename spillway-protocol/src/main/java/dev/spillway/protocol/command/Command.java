package dev.spillway.protocol.command;

/**
 * A parsed client command. Every command carries its tag; {@link #kind()} names the command
 * and says in which states it is allowed.
 */
public sealed interface Command permits
        AppendCommand,
        AuthenticateCommand,
        CapabilityCommand,
        CheckCommand,
        CloseCommand,
        CompressCommand,
        CopyCommand,
        CreateCommand,
        DeleteCommand,
        EnableCommand,
        ExpungeCommand,
        FetchCommand,
        GetQuotaCommand,
        GetQuotaRootCommand,
        IdCommand,
        IdleCommand,
        ListCommand,
        LoginCommand,
        LogoutCommand,
        LsubCommand,
        MoveCommand,
        NamespaceCommand,
        NoopCommand,
        RenameCommand,
        SearchCommand,
        SelectCommand,
        SetQuotaCommand,
        StartTlsCommand,
        StatusCommand,
        StoreCommand,
        SubscribeCommand,
        UidBatchesCommand,
        UidExpungeCommand,
        UnknownCommand,
        UnselectCommand,
        UnsubscribeCommand {

    /** The command's tag. */
    String tag();

    /** Which command this is. */
    CommandKind kind();
}
