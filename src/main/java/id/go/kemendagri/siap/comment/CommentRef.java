package id.go.kemendagri.siap.comment;

/**
 * One thread: what it belongs to, the region that decides who may read it and the page to link to (a route such
 * as {@code wilayah/62.07}), which notifications about it point at. A region's own thread links to the region page
 * with its discussion opened ({@code wilayah/62.07?buka=diskusi}).
 */
public record CommentRef(CommentTarget target, long targetId, String regionCode, String link) {

    public static CommentRef region(String regionCode) {
        return new CommentRef(CommentTarget.REGION, 0, regionCode, "wilayah/" + regionCode + "?buka=diskusi");
    }
}
