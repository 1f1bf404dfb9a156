package id.go.kemendagri.siap.checklist;

public enum EvidenceKind {
    NONE, FILE, LINK
}
