package id.go.kemendagri.siap.cluster;

/** The name of this node within the cluster. */
public record ClusterNode(String name) {
}
