package br.com.clientela.clients.boundary;

import java.time.LocalDateTime;

/** A client's stored picture: bytes, media type, size in pixels and when it was sent. */
public record Avatar(byte[] image, String contentType, int width, int height, LocalDateTime updatedAt) {
}
