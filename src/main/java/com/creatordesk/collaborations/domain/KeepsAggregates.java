package com.creatordesk.collaborations.domain;

import java.util.List;

/**
 * Saving for aggregates that only ever add child entities (history entries): a new aggregate is persisted,
 * a managed one is left to the flush, which also persists what it added. Spring Data's own save would
 * merge a managed aggregate, and merging looks up each new child by its id (and fails: it is not there
 * yet). Domain events are still published, as for any save.
 */
public interface KeepsAggregates<T> {

    <S extends T> S save(S aggregate);

    <S extends T> List<S> saveAll(Iterable<S> aggregates);
}
