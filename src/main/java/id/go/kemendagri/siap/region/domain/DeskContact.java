package id.go.kemendagri.siap.region.domain;

import id.go.kemendagri.siap.base.Stamped;


import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/** The person a region names as contact for its Desk Pilkada. */
@Entity
@Table(name = "desk_contact")
@Getter
public class DeskContact extends Stamped {

    @Id
    private String regionCode;

    private String name;

    private String position;

    private String unit;

    private String phone;

    private String email;

    protected DeskContact() {
    }

    public DeskContact(String regionCode) {
        this.regionCode = regionCode;
    }

    public void update(String name, String position, String unit, String phone, String email, boolean demo) {
        this.name = name;
        this.position = position;
        this.unit = unit;
        this.phone = phone;
        this.email = email;
        markDemo(demo);
    }
}
