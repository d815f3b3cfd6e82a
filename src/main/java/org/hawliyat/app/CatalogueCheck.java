package org.hawliyat.app;

import java.util.ArrayList;
import java.util.List;
import org.hawliyat.model.validation.CatalogueValidator;
import org.hawliyat.model.validation.Problem;
import org.hawliyat.store.CatalogueStore;

/** The storage engine's integrity check plus the app's own invariants over every record. */
public final class CatalogueCheck {

    private CatalogueCheck() {
    }

    /** One sentence per problem; empty when the catalogue is sound. */
    public static List<String> run(CatalogueStore store) {
        List<String> problems = new ArrayList<>(store.integrityProblems());
        for (Problem p : new CatalogueValidator().validate(store.snapshot())) {
            problems.add(p.describe());
        }
        return problems;
    }
}
