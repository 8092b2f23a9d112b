package br.com.clientela.shared;

/**
 * What a boundary answers about one record that can be edited: its version, which changes on every save. The
 * API sends it as the ETag, the pages keep it with the form, and both hand it back to the update methods as the
 * version the change was based on (see {@link StaleRecordException}).
 */
public interface Versioned {

    Long version();
}
