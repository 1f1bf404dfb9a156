package id.go.kemendagri.siap.budget;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.budget.domain.NphdGrant;
import id.go.kemendagri.siap.budget.domain.NphdGrantRepository;
import id.go.kemendagri.siap.budget.domain.NphdTransfer;
import id.go.kemendagri.siap.budget.domain.NphdTransferRepository;
import id.go.kemendagri.siap.security.RegionAccess;
import id.go.kemendagri.siap.security.Role;

/**
 * Grant figures and transfers from a spreadsheet. {@link #preview} checks every row against the same rules
 * as the forms (and the uploader's province) and stores nothing; {@link #store} checks again and, only if
 * every row is valid, applies all of it in one transaction, audited, with one live update per region.
 * A transfer already recorded with the same reference and values is left alone, so a file can be sent twice.
 */
@Service
public class BudgetImport {

    public static final String NPHD = "NPHD";
    public static final String TRANSFER = "TRANSFER";
    /** The template's columns, in order; the header row must name them all (any order, any case). */
    public static final List<String> COLUMNS = List.of("jenis", "kode_wilayah", "penerima", "tahap", "skema",
            "usulan", "disepakati", "nomor_nphd", "tanggal_nphd", "persen_tahun_sebelumnya", "termin",
            "tanggal_transfer", "jumlah_transfer", "referensi");
    /** The file's words for stages and schemes: Indonesian, as the provinces write them. */
    static final Map<String, SigningStage> STAGES = Map.of("BELUM_DIUSULKAN", SigningStage.NOT_PROPOSED,
            "RASIONALISASI", SigningStage.RATIONALISING, "DISEPAKATI", SigningStage.AGREED, "DITANDATANGANI",
            SigningStage.SIGNED);
    static final Map<String, Scheme> SCHEMES = Map.of("SEKALIGUS", Scheme.LUMP_SUM, "BERTAHAP", Scheme.TRANCHES);
    private static final Pattern REGION_CODE = Pattern.compile("\\d{2}(\\.\\d{2})?");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-MM-dd"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

    private final NphdGrantRepository grants;
    private final NphdTransferRepository transfers;
    private final GrantLedger ledger;
    private final RegionAccess access;
    private final BudgetProperties properties;
    private final ApplicationEventPublisher events;
    private final Counter storedRows;
    private final Counter refusedFiles;
    private final ImportGate gate;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    BudgetImport(NphdGrantRepository grants, NphdTransferRepository transfers, GrantLedger ledger, RegionAccess access,
            BudgetProperties properties, ApplicationEventPublisher events, MeterRegistry meters,
            PlatformTransactionManager transactions) {
        // POI's zip-bomb guard is global to the JVM; nothing else in the application reads XLSX files.
        ZipSecureFile.setMinInflateRatio(properties.importMinInflateRatio());
        ZipSecureFile.setMaxEntrySize(properties.maxImportUnpacked().toBytes());
        this.gate = new ImportGate(properties.importPlaces(), properties.importWait());
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.grants = grants;
        this.transfers = transfers;
        this.ledger = ledger;
        this.access = access;
        this.properties = properties;
        this.events = events;
        this.storedRows = Counter.builder("siap.budget.import.rows").description("Rows of budget files imported")
                .register(meters);
        this.refusedFiles = Counter.builder("siap.budget.import.refused")
                .description("Budget files refused at import because a row was invalid").register(meters);
    }

    /** The gate that bounds the imports running at once (tests hold places in it). */
    ImportGate gate() {
        return gate;
    }

    public long maxBytes() {
        return properties.maxImportSize().toBytes();
    }

    /**
     * Checks the file and stores nothing. A refusal at the gate (an import of the same user still running, or
     * no place free in time) comes back as the file's error, like a file that cannot be read.
     */
    public ImportPreview preview(String fileName, byte[] content) {
        var user = signedIn();
        try (var permit = gate.enter(user)) {
            var file = read(fileName, content);
            if (!file.errors().isEmpty()) {
                return new ImportPreview(fileName, file.errors(), List.of());
            }
            return reading.execute(status -> check(fileName, file).preview());
        } catch (ImportGate.Busy busy) {
            return new ImportPreview(fileName, List.of(busy.key()), List.of());
        }
    }

    /**
     * @throws InvalidInputException when any row (or the file) is invalid, with {@code budget.import.error.invalid}
     *                               for the field {@code file}, or when the import was refused at the gate, with
     *                               the gate's reason; nothing is stored
     */
    public ImportResult store(String fileName, byte[] content) {
        var user = signedIn();
        try (var permit = gate.enter(user)) {
            var file = read(fileName, content);
            return writing.execute(status -> store(fileName, file));
        } catch (ImportGate.Busy busy) {
            throw new InvalidInputException(Map.of("file", busy.key()));
        }
    }

    private String signedIn() {
        return access.current().orElseThrow(() -> new AccessDeniedException("Not signed in")).username();
    }

    /** The file's rows, or why it is refused as a whole: its size first, before anything is parsed. */
    private ImportFile.Content read(String fileName, byte[] content) {
        if (content.length > properties.maxImportSize().toBytes()) {
            return ImportFile.Content.error("budget.import.error.too-large");
        }
        return ImportFile.read(fileName, content, COLUMNS,
                new ImportFile.Limits(properties.maxImportRows(), properties.maxImportCells()));
    }

    private ImportResult store(String fileName, ImportFile.Content file) {
        var checked = check(fileName, file);
        if (!checked.preview().valid()) {
            refusedFiles.increment();
            throw new InvalidInputException(Map.of("file", "budget.import.error.invalid"));
        }
        var actor = access.currentUser().username();
        var voteDate = ledger.cycle().voteDate();
        var regions = new LinkedHashSet<String>();
        int changed = 0;
        int booked = 0;
        int unchanged = 0;
        for (var row : checked.rows()) {
            if (row.unchanged) {
                unchanged++;
            } else if (row.grantDraft != null) {
                if (ledger.apply(row.grant, row.grantDraft, voteDate, false)) {
                    changed++;
                    regions.add(row.grant.getRegionCode());
                } else {
                    unchanged++;
                }
            }
        }
        for (var row : checked.rows()) {
            if (row.transferDraft != null && !row.unchanged) {
                ledger.book(row.grant, row.transferDraft, actor, false);
                booked++;
                regions.add(row.grant.getRegionCode());
            }
        }
        grants.flush();
        regions.forEach(code -> events.publishEvent(new BudgetChanged(code)));
        storedRows.increment(checked.rows().size());
        return new ImportResult(changed, booked, unchanged, regions.size());
    }

    /** A row on its way through the checks. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    private static final class Row {
        final ImportFile.Line line;
        final List<ImportIssue> issues = new ArrayList<>();
        String kind;
        String code;
        Recipient recipient;
        NphdGrant grant;
        GrantDraft grantDraft;
        TransferDraft transferDraft;
        boolean unchanged;

        void issue(String column, String key) {
            issues.add(new ImportIssue(column, key, line.get(column)));
        }
    }

    /** What the grant will look like once the file's earlier rows are applied. */
    private static final class Effective {
        SigningStage stage;
        Scheme scheme;
        Long agreed;
        LocalDate signedOn;
        long disbursed;
        final Map<String, NphdTransfer> references = new HashMap<>();
    }

    private record Checked(ImportPreview preview, List<Row> rows) {
    }

    private Checked check(String fileName, ImportFile.Content file) {
        if (!file.errors().isEmpty()) {
            return new Checked(new ImportPreview(fileName, file.errors(), List.of()), List.of());
        }
        var cycleId = ledger.cycle().id();
        var slots = grants.findByCycleId(cycleId).stream()
                .collect(Collectors.toMap(g -> g.getRegionCode() + "/" + g.getRecipient(), g -> g));
        var rows = file.lines().stream().map(Row::new).toList();
        rows.forEach(row -> identify(row, slots));
        var effective = effectiveStates(rows);
        var seen = new HashSet<String>();
        rows.stream().filter(r -> NPHD.equals(r.kind)).forEach(r -> checkGrant(r, effective, seen));
        rows.stream().filter(r -> TRANSFER.equals(r.kind)).forEach(r -> checkTransfer(r, effective, seen));
        var preview = new ImportPreview(fileName, List.of(), rows.stream().map(r -> new ImportRow(r.line.number(),
                r.line.get("jenis"), r.line.get("kode_wilayah"), r.line.get("penerima"), values(r),
                List.copyOf(r.issues), r.unchanged)).toList());
        return new Checked(preview, rows);
    }

    private void identify(Row row, Map<String, NphdGrant> slots) {
        var kind = row.line.get("jenis").toUpperCase(Locale.ROOT);
        if (NPHD.equals(kind) || TRANSFER.equals(kind)) {
            row.kind = kind;
        } else {
            row.issue("jenis", "budget.import.error.kind");
        }
        var code = row.line.get("kode_wilayah");
        if (!REGION_CODE.matcher(code).matches()) {
            row.issue("kode_wilayah", "budget.import.error.region");
        } else if (!access.canWrite(code)) {
            row.issue("kode_wilayah", "budget.import.error.scope");
        } else {
            row.code = code;
        }
        row.recipient = parseEnum(Recipient.class, row.line.get("penerima")).orElse(null);
        if (row.recipient == null) {
            row.issue("penerima", "budget.import.error.recipient");
        }
        if (row.code != null && row.recipient != null) {
            row.grant = slots.get(row.code + "/" + row.recipient);
            if (row.grant == null) {
                row.issue("kode_wilayah", "budget.import.error.no-pilkada");
            }
        }
    }

    private Map<Long, Effective> effectiveStates(List<Row> rows) {
        var ids = rows.stream().filter(r -> r.grant != null).map(r -> r.grant.getId()).distinct().toList();
        var booked = new HashMap<Long, List<NphdTransfer>>();
        for (var i = 0; i < ids.size(); i += 1000) {
            transfers.findByGrantIdInOrderByDateAscIdAsc(ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .forEach(t -> booked.computeIfAbsent(t.getGrantId(), k -> new ArrayList<>()).add(t));
        }
        var result = new HashMap<Long, Effective>();
        for (var row : rows) {
            if (row.grant == null || result.containsKey(row.grant.getId())) {
                continue;
            }
            var state = new Effective();
            state.stage = row.grant.getStage();
            state.scheme = row.grant.getScheme();
            state.agreed = row.grant.getAgreed();
            state.signedOn = row.grant.getSignedOn();
            state.disbursed = row.grant.getDisbursed();
            booked.getOrDefault(row.grant.getId(), List.of())
                    .forEach(t -> state.references.put(t.getReference().toLowerCase(Locale.ROOT), t));
            result.put(row.grant.getId(), state);
        }
        return result;
    }

    private void checkGrant(Row row, Map<Long, Effective> effective, HashSet<String> seen) {
        if (row.grant != null && row.grant.isNotApplicable()) {
            row.issue("penerima", "budget.import.error.not-applicable");
        }
        var stage = lookup(STAGES, row.line.get("tahap"));
        if (stage == null) {
            row.issue("tahap", "budget.import.error.stage");
        }
        var scheme = lookup(SCHEMES, row.line.get("skema"));
        if (scheme == null) {
            row.issue("skema", "budget.import.error.scheme");
        }
        var proposed = amount(row, "usulan");
        var agreed = amount(row, "disepakati");
        var signedOn = date(row, "tanggal_nphd");
        var percentText = row.line.get("persen_tahun_sebelumnya").replace("%", "").strip();
        Integer percent = properties.trancheOnePercent();
        if (!percentText.isEmpty()) {
            percent = percentText.matches("\\d{1,3}") ? Integer.valueOf(percentText) : -1;
        }
        if (row.grant == null || !row.issues.isEmpty()) {
            return;
        }
        if (!seen.add("NPHD/" + row.grant.getId())) {
            row.issue("kode_wilayah", "budget.import.error.duplicate");
            return;
        }
        var draft = new GrantDraft(stage, scheme, proposed.orElse(null), agreed.orElse(null),
                row.line.get("nomor_nphd"), signedOn.orElse(null), percent, row.grant.getVersion());
        var state = effective.get(row.grant.getId());
        var hasTrancheTwo = state.references.values().stream().anyMatch(t -> t.getTranche() == 2);
        var context = new GrantRules.GrantContext(state.disbursed, !state.references.isEmpty(), hasTrancheTwo,
                ledger.today(), ledger.cycle().voteDate(), properties.maxAmount());
        GrantRules.check(draft, context).forEach((field, key) -> row.issue(column(field), key));
        if (row.issues.isEmpty()) {
            row.grantDraft = draft;
            state.stage = stage;
            state.scheme = scheme;
            state.agreed = draft.agreed();
            state.signedOn = draft.signedOn();
        }
    }

    private void checkTransfer(Row row, Map<Long, Effective> effective, HashSet<String> seen) {
        var trancheText = row.line.get("termin").toUpperCase(Locale.ROOT);
        var tranche = switch (trancheText) {
            case "1", "I" -> 1;
            case "2", "II" -> 2;
            default -> 0;
        };
        var date = date(row, "tanggal_transfer");
        var amount = amount(row, "jumlah_transfer");
        if (row.grant == null || !row.issues.isEmpty()) {
            return;
        }
        var reference = GrantRules.trim(row.line.get("referensi"));
        if (!seen.add("TRANSFER/" + row.grant.getId() + "/" + reference.toLowerCase(Locale.ROOT))) {
            row.issue("referensi", "budget.import.error.duplicate");
            return;
        }
        var state = effective.get(row.grant.getId());
        var draft = new TransferDraft(tranche, date.orElse(null), amount.orElse(null), reference, row.grant.getVersion());
        var stored = state.references.get(reference.toLowerCase(Locale.ROOT));
        if (stored != null && stored.getTranche() == tranche && stored.getDate().equals(draft.date())
                && draft.amount() != null && stored.getAmount() == draft.amount()) {
            row.unchanged = true;
            return;
        }
        var context = new GrantRules.TransferContext(state.stage, state.scheme, state.agreed, state.disbursed,
                state.signedOn, stored != null, ledger.today(), properties.maxAmount());
        GrantRules.check(draft, context).forEach((field, key) -> row.issue(column(field), key));
        if (row.issues.isEmpty()) {
            row.transferDraft = draft;
            state.disbursed += draft.amount();
        }
    }

    private static Optional<Long> amount(Row row, String column) {
        var text = row.line.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var value = Rupiah.parse(text);
        if (value.isEmpty()) {
            row.issue(column, text.startsWith("-") ? "budget.import.error.negative" : "budget.import.error.number");
        }
        return value;
    }

    private static Optional<LocalDate> date(Row row, String column) {
        var text = row.line.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (var format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        row.issue(column, "budget.import.error.date");
        return Optional.empty();
    }

    private static <T> T lookup(Map<String, T> words, String text) {
        return words.get(text.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The file's column for a rule's field. */
    private static String column(String field) {
        return switch (field) {
            case "stage" -> "tahap";
            case "scheme" -> "skema";
            case "proposed" -> "usulan";
            case "agreed" -> "disepakati";
            case "nphdNumber" -> "nomor_nphd";
            case "signedOn" -> "tanggal_nphd";
            case "earlierYearPercent" -> "persen_tahun_sebelumnya";
            case "tranche" -> "termin";
            case "date" -> "tanggal_transfer";
            case "amount" -> "jumlah_transfer";
            case "reference" -> "referensi";
            default -> "jenis";
        };
    }

    /** The filled cells of the columns the row's kind uses, each read as what it should be where it can be. */
    private static List<ImportValue> values(Row row) {
        var columns = TRANSFER.equals(row.kind) ? List.of("termin", "tanggal_transfer", "jumlah_transfer", "referensi")
                : List.of("tahap", "skema", "usulan", "disepakati", "nomor_nphd", "tanggal_nphd", "persen_tahun_sebelumnya");
        var values = new java.util.ArrayList<ImportValue>();
        for (var column : columns) {
            var text = row.line.get(column);
            if (text.isEmpty()) {
                continue;
            }
            Long amount = switch (column) {
                case "usulan", "disepakati", "jumlah_transfer" -> Rupiah.parse(text).orElse(null);
                default -> null;
            };
            LocalDate date = column.startsWith("tanggal_") ? DATES.stream().map(format -> {
                try {
                    return LocalDate.parse(text, format);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }).filter(java.util.Objects::nonNull).findFirst().orElse(null) : null;
            Enum<?> word = switch (column) {
                case "tahap" -> lookup(STAGES, text);
                case "skema" -> lookup(SCHEMES, text);
                default -> null;
            };
            values.add(new ImportValue(column, text, amount, date, word));
        }
        return List.copyOf(values);
    }

    /** Whether the signed-in user may import at all (leadership reads only). */
    public boolean canImport() {
        return access.current().map(u -> u.role() != Role.LEADERSHIP).orElse(false);
    }
}
