package br.com.clientela.clients.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A client's picture, already shrunk to the stored size. In its own table, keyed by the client, so reading a
 * client or a page of the list never loads image bytes.
 */
@Entity
@Table(name = "client_avatar")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class ClientAvatar {

    @Id
    @Column(name = "client_id")
    private Long clientId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] image;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected ClientAvatar() {
    }

    public ClientAvatar(Long clientId) {
        this.clientId = clientId;
    }

    public void replace(byte[] image, String contentType, int width, int height) {
        this.image = image;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.updatedAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Long getClientId() {
        return clientId;
    }

    public byte[] getImage() {
        return image;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
