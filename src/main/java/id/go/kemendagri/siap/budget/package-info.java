/**
 * Budget support for the Pilkada: the regional grant agreements (NPHD) with KPU, Bawaslu, TNI and Polri
 * per region holding a Pilkada, their tranches and transfers, what the ministry watches (signed,
 * disbursed, banded, late), and the spreadsheet import and export that provinces work with.
 */
@ApplicationModule(allowedDependencies = { "audit", "base", "liveupdate", "region", "security" })
package id.go.kemendagri.siap.budget;

import org.springframework.modulith.ApplicationModule;
