package id.go.kemendagri.siap.region.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The person a region names as contact for its Desk Pilkada. */
@Entity
@Table(name = "desk_contact")
public class DeskContact {

    @Id
    @Column(name = "region_code", length = 13)
    private String regionCode;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 100)
    private String position;

    @Column(nullable = false, length = 100)
    private String unit;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(nullable = false, length = 120)
    private String email;

    /** Generated for the demo; cleared by the first real save. */
    @Column(nullable = false)
    private boolean demo;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Version
    private Long version;

    protected DeskContact() {
    }

    public DeskContact(String regionCode) {
        this.regionCode = regionCode;
    }

    public void update(String name, String position, String unit, String phone, String email, boolean demo,
            Instant updatedAt, String updatedBy) {
        this.name = name;
        this.position = position;
        this.unit = unit;
        this.phone = phone;
        this.email = email;
        this.demo = demo;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public String getUnit() {
        return unit;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Long getVersion() {
        return version;
    }
}
