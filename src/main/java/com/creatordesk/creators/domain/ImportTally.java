package com.creatordesk.creators.domain;

/** What happened to a batch of imported rows. */
record ImportTally(int rows, int created, int updated, int skipped, int errors) {

    static final ImportTally NONE = new ImportTally(0, 0, 0, 0, 0);

    ImportTally plus(ImportTally other) {
        return new ImportTally(rows + other.rows, created + other.created, updated + other.updated,
                skipped + other.skipped, errors + other.errors);
    }
}
