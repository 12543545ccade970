package dev.spillway.protocol.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.command.AppendCommand;
import dev.spillway.protocol.command.AuthenticateCommand;
import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.CreateCommand;
import dev.spillway.protocol.command.EnableCommand;
import dev.spillway.protocol.command.FetchAttribute;
import dev.spillway.protocol.command.FetchAttribute.Item;
import dev.spillway.protocol.command.FetchCommand;
import dev.spillway.protocol.command.GetQuotaCommand;
import dev.spillway.protocol.command.GetQuotaRootCommand;
import dev.spillway.protocol.command.IdCommand;
import dev.spillway.protocol.command.IdField;
import dev.spillway.protocol.command.ListCommand;
import dev.spillway.protocol.command.ListReturnOption;
import dev.spillway.protocol.command.ListSelectOption;
import dev.spillway.protocol.command.LoginCommand;
import dev.spillway.protocol.command.SearchCommand;
import dev.spillway.protocol.command.SearchKey;
import dev.spillway.protocol.command.SearchReturnOptions;
import dev.spillway.protocol.command.Section;
import dev.spillway.protocol.command.SelectCommand;
import dev.spillway.protocol.command.SequenceRange;
import dev.spillway.protocol.command.SequenceSet;
import dev.spillway.protocol.command.SetQuotaCommand;
import dev.spillway.protocol.command.StatusCommand;
import dev.spillway.protocol.command.StatusItem;
import dev.spillway.protocol.command.StoreAction;
import dev.spillway.protocol.command.StoreCommand;
import dev.spillway.protocol.command.UnknownCommand;
import dev.spillway.protocol.frame.RawCommand;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each command family's records contain after parsing. */
class CommandValuesTest {

    private static Command parse(String wire) {
        return CommandParser.parse(RawCommand.fromWire(wire));
    }

    @Test
    void loginDecodesQuotedEscapesAndLiterals() {
        LoginCommand quoted = (LoginCommand) parse("a1 LOGIN \"fr\\\"ed\" \"a\\\\b\"");
        LoginCommand literal = (LoginCommand) parse("a1 LOGIN {4+}\r\nfred {5}\r\np w\"d");

        assertThat(quoted.userid()).isEqualTo("fr\"ed");
        assertThat(quoted.password()).isEqualTo("a\\b");
        assertThat(literal.userid()).isEqualTo("fred");
        assertThat(literal.password()).isEqualTo("p w\"d");
        assertThat(literal.toString()).doesNotContain("p w").contains("<hidden>");
    }

    @Test
    void loginAcceptsUtf8InQuotedStrings() {
        LoginCommand login = (LoginCommand) parse("a LOGIN \"j\u00f6rg\" x");

        assertThat(login.userid()).isEqualTo("j\u00f6rg");
    }

    @Test
    void authenticateKeepsInitialResponseButHidesIt() {
        AuthenticateCommand auth = (AuthenticateCommand) parse("a AUTHENTICATE plain AGEAYg==");
        AuthenticateCommand empty = (AuthenticateCommand) parse("a AUTHENTICATE PLAIN =");

        assertThat(auth.mechanism()).isEqualTo("PLAIN");
        assertThat(auth.initialResponse()).isEqualTo("AGEAYg==");
        assertThat(auth.toString()).doesNotContain("AGEAYg");
        assertThat(empty.initialResponse()).isEqualTo("=");
    }

    @Test
    void selectNormalisesInboxAndReadsQresync() {
        SelectCommand select = (SelectCommand) parse(
                "a EXAMINE inBox (QRESYNC (67890007 90060115194045000 41:211,214:541 "
                        + "(1:5 10:14)) CONDSTORE)");

        assertThat(select.mailbox()).isEqualTo("INBOX");
        assertThat(select.readOnly()).isTrue();
        assertThat(select.condstore()).isTrue();
        assertThat(select.qresync().uidValidity()).isEqualTo(67890007L);
        assertThat(select.qresync().modSeq()).isEqualTo(90060115194045000L);
        assertThat(select.qresync().knownUids()).hasToString("41:211,214:541");
        assertThat(select.qresync().knownSequenceNumbers()).hasToString("1:5");
        assertThat(select.qresync().knownSequenceUids()).hasToString("10:14");
    }

    @Test
    void mailboxOtherThanInboxKeepsItsCase() {
        SelectCommand select = (SelectCommand) parse("a SELECT inboxes");

        assertThat(select.mailbox()).isEqualTo("inboxes");
    }

    @Test
    void createReadsSpecialUse() {
        CreateCommand create = (CreateCommand) parse("a CREATE Sent (USE (\\Sent \\Archive))");

        assertThat(create.specialUse()).containsExactly("\\Sent", "\\Archive");
    }

    @Test
    void basicListIsNotExtended() {
        ListCommand list = (ListCommand) parse("a LIST \"\" %");

        assertThat(list.extended()).isFalse();
        assertThat(list.reference()).isEmpty();
        assertThat(list.patterns()).containsExactly("%");
    }

    @Test
    void extendedListReadsEveryOption() {
        ListCommand list = (ListCommand) parse("a LIST (SUBSCRIBED RECURSIVEMATCH) \"\" "
                + "(\"INBOX\" \"Lists/%\") RETURN (CHILDREN STATUS (MESSAGES UNSEEN) "
                + "SPECIAL-USE)");

        assertThat(list.extended()).isTrue();
        assertThat(list.selectOptions()).containsExactlyInAnyOrder(
                ListSelectOption.SUBSCRIBED, ListSelectOption.RECURSIVEMATCH);
        assertThat(list.patterns()).containsExactly("INBOX", "Lists/%");
        assertThat(list.returnOptions()).containsExactlyInAnyOrder(ListReturnOption.CHILDREN,
                ListReturnOption.STATUS, ListReturnOption.SPECIAL_USE);
        assertThat(list.statusItems()).containsExactly(StatusItem.MESSAGES, StatusItem.UNSEEN);
    }

    @Test
    void statusKeepsItemOrder() {
        StatusCommand status = (StatusCommand) parse("a STATUS x (UIDNEXT MESSAGES SIZE)");

        assertThat(status.items()).containsExactly(StatusItem.UIDNEXT, StatusItem.MESSAGES,
                StatusItem.SIZE);
    }

    @Test
    void quotaCommandsKeepRootMailboxAndLimits() {
        assertThat(parse("a GETQUOTA \"\"")).isEqualTo(new GetQuotaCommand("a", ""));
        assertThat(parse("a GETQUOTAROOT Archive"))
                .isEqualTo(new GetQuotaRootCommand("a", "Archive"));
        SetQuotaCommand set = (SetQuotaCommand) parse("a SETQUOTA x (storage 512 MESSAGE 9)");

        assertThat(set.root()).isEqualTo("x");
        assertThat(set.limits()).containsExactly(
                new SetQuotaCommand.ResourceLimit("STORAGE", 512),
                new SetQuotaCommand.ResourceLimit("MESSAGE", 9));
    }

    @Test
    void statusItemNamesWithADashParse() {
        StatusCommand status = (StatusCommand) parse("a STATUS x (Deleted-Storage DELETED)");

        assertThat(status.items()).containsExactly(StatusItem.DELETED_STORAGE,
                StatusItem.DELETED);
        assertThat(StatusItem.DELETED_STORAGE.wireName()).isEqualTo("DELETED-STORAGE");
    }

    @Test
    void appendReadsFlagsDateAndBinaryMessages() {
        AppendCommand append = (AppendCommand) parse("a APPEND Drafts (\\Seen \\Draft) "
                + "\" 7-Feb-1994 21:52:25 -0800\" {5}\r\nHello ~{3}\r\nx\u0000y");

        assertThat(append.mailbox()).isEqualTo("Drafts");
        assertThat(append.messages()).hasSize(2);
        assertThat(append.messages().get(0).flags()).containsExactly("\\Seen", "\\Draft");
        assertThat(append.messages().get(0).internalDate()).isEqualTo(
                OffsetDateTime.of(1994, 2, 7, 21, 52, 25, 0, ZoneOffset.ofHours(-8)));
        assertThat(append.messages().get(0).message())
                .isEqualTo("Hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(append.messages().get(1).binary()).isTrue();
        assertThat(append.messages().get(1).message()).containsExactly('x', 0, 'y');
        assertThat(append.messages().get(1).toString()).doesNotContain("x");
    }

    @Test
    void searchBuildsKeyTree() {
        SearchCommand search = (SearchCommand) parse(
                "a UID SEARCH RETURN (MIN PARTIAL -1:-100) CHARSET UTF-8 "
                        + "OR (FROM smith SINCE 1-Feb-1994) NOT 1:5,7:* HEADER X-Foo \"\"");

        assertThat(search.uid()).isTrue();
        assertThat(search.charset()).isEqualTo("UTF-8");
        assertThat(search.returnOptions().options())
                .containsExactly(SearchReturnOptions.Option.MIN);
        assertThat(search.returnOptions().partial())
                .isEqualTo(new SearchReturnOptions.PartialRange(-1, -100));
        SearchKey expected = new SearchKey.And(List.of(
                new SearchKey.Or(
                        new SearchKey.And(List.of(
                                new SearchKey.Text(SearchKey.TextScope.HEADER, "FROM", "smith"),
                                new SearchKey.Date(SearchKey.DateField.INTERNAL,
                                        SearchKey.DateComparison.SINCE,
                                        LocalDate.of(1994, 2, 1)))),
                        new SearchKey.Not(new SearchKey.Sequence(SequenceSet.of(
                                new SequenceRange(1, 5),
                                new SequenceRange(7, SequenceRange.STAR)), false))),
                new SearchKey.Text(SearchKey.TextScope.HEADER, "X-Foo", "")));
        assertThat(search.key()).isEqualTo(expected);
    }

    @Test
    void emptySearchReturnMeansAll() {
        SearchCommand search = (SearchCommand) parse("a SEARCH RETURN () SEEN");

        assertThat(search.returnOptions().options())
                .containsExactly(SearchReturnOptions.Option.ALL);
        assertThat(search.key()).isEqualTo(new SearchKey.Simple(SearchKey.Flagless.SEEN));
    }

    @Test
    void searchReadsModSeqWithEntry() {
        SearchCommand search = (SearchCommand) parse(
                "a SEARCH MODSEQ \"/flags/\\\\draft\" ALL 620162338");

        assertThat(search.key()).isEqualTo(
                new SearchKey.ModSeq("/flags/\\draft", "all", 620162338L));
    }

    @Test
    void fetchExpandsMacros() {
        FetchCommand fetch = (FetchCommand) parse("a FETCH 1:* full");

        assertThat(fetch.attributes()).containsExactly(
                new FetchAttribute.Simple(Item.FLAGS),
                new FetchAttribute.Simple(Item.INTERNALDATE),
                new FetchAttribute.Simple(Item.RFC822_SIZE),
                new FetchAttribute.Simple(Item.ENVELOPE),
                new FetchAttribute.Simple(Item.BODY));
    }

    @Test
    void fetchReadsSectionsPartialsAndModifiers() {
        FetchCommand fetch = (FetchCommand) parse("a UID FETCH 1:5 (BODY.PEEK[1.2.HEADER.FIELDS "
                + "(From \"To\")]<0.1024> BODY[3.MIME] BINARY.PEEK[1]<5.10> BINARY.SIZE[] "
                + "BODY[]) (CHANGEDSINCE 77 VANISHED)");

        assertThat(fetch.uid()).isTrue();
        assertThat(fetch.attributes()).containsExactly(
                new FetchAttribute.Body(true, new Section(List.of(1, 2),
                        Section.Text.HEADER_FIELDS, List.of("From", "To")),
                        new FetchAttribute.Partial(0, 1024)),
                new FetchAttribute.Body(false,
                        new Section(List.of(3), Section.Text.MIME, List.of()), null),
                new FetchAttribute.Binary(true, List.of(1), new FetchAttribute.Partial(5, 10)),
                new FetchAttribute.BinarySize(List.of()),
                new FetchAttribute.Body(false, Section.WHOLE, null));
        assertThat(fetch.changedSince()).hasValue(77);
        assertThat(fetch.vanished()).isTrue();
        assertThat(fetch.partial()).isNull();
    }

    @Test
    void fetchReadsPartialModifier() {
        FetchCommand last = (FetchCommand) parse("a UID FETCH 1:* (FLAGS) (PARTIAL -1:-30)");
        FetchCommand first = (FetchCommand) parse(
                "a FETCH 1:* FLAGS (CHANGEDSINCE 9 PARTIAL 500:1)");

        assertThat(last.partial()).isEqualTo(new SearchReturnOptions.PartialRange(-1, -30));
        assertThat(first.partial()).isEqualTo(new SearchReturnOptions.PartialRange(500, 1));
        assertThat(first.changedSince()).hasValue(9);
    }

    @Test
    void storeReadsActionSilenceAndModifier() {
        StoreCommand store = (StoreCommand) parse(
                "a STORE 7,5 (UNCHANGEDSINCE 320162338) -FLAGS.SILENT \\Deleted $Junk");

        assertThat(store.set()).hasToString("7,5");
        assertThat(store.action()).isEqualTo(StoreAction.REMOVE);
        assertThat(store.silent()).isTrue();
        assertThat(store.flags()).containsExactly("\\Deleted", "$Junk");
        assertThat(store.unchangedSince()).hasValue(320162338L);
    }

    @Test
    void idKeepsPairsInOrderWithNil() {
        IdCommand id = (IdCommand) parse(
                "a ID (\"name\" \"x\" \"os\" NIL \"Name\" {3}\r\ndup)");

        assertThat(id.arguments().fields()).containsExactly(new IdField("name", "x"),
                new IdField("os", null), new IdField("Name", "dup"));
        assertThat(id.arguments().value("NAME")).isEqualTo("x");
    }

    @Test
    void enableUpperCasesCapabilities() {
        EnableCommand enable = (EnableCommand) parse("a ENABLE condstore utf8=accept");

        assertThat(enable.capabilities()).containsExactly("CONDSTORE", "UTF8=ACCEPT");
    }

    @Test
    void unknownCommandKeepsItsName() {
        assertThat(parse("a xyzzy 1 2 3")).isEqualTo(new UnknownCommand("a", "XYZZY"));
        assertThat(parse("a UID foo")).isEqualTo(new UnknownCommand("a", "UID FOO"));
    }

    @Test
    void sequenceSetResolvesStar() {
        SequenceSet set = ((StoreCommand) parse("a STORE 5:*,2 FLAGS ()")).set();

        assertThat(set.contains(2, 10)).isTrue();
        assertThat(set.contains(3, 10)).isFalse();
        assertThat(set.contains(10, 10)).isTrue();
        assertThat(Set.of(set.ranges().get(0).low(3), set.ranges().get(0).high(3)))
                .containsExactlyInAnyOrder(3L, 5L);
    }
}
