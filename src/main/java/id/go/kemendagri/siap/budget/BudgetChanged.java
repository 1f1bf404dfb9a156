package id.go.kemendagri.siap.budget;

import id.go.kemendagri.siap.base.RegionChange;

/** A region's grants or transfers were saved and committed; screens re-read what they show. */
public record BudgetChanged(String regionCode) implements RegionChange {
}
