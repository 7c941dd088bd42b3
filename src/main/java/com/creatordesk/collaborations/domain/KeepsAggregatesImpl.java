package com.creatordesk.collaborations.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** See {@link KeepsAggregates}. This module never saves a detached aggregate; persisting one fails loudly. */
class KeepsAggregatesImpl<T> implements KeepsAggregates<T> {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public <S extends T> S save(S aggregate) {
        if (!entityManager.contains(aggregate)) {
            entityManager.persist(aggregate);
        }
        return aggregate;
    }

    @Override
    public <S extends T> List<S> saveAll(Iterable<S> aggregates) {
        List<S> saved = new ArrayList<>();
        aggregates.forEach(aggregate -> saved.add(save(aggregate)));
        return saved;
    }
}
