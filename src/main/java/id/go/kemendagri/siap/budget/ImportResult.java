package id.go.kemendagri.siap.budget;

/** What a stored import changed. */
public record ImportResult(int grantsChanged, int transfersBooked, int rowsUnchanged, int regions) {
}
