package io.paperstream.enrich;

import io.paperstream.runtime.ServiceRunner;

public final class EnrichMain {

    private EnrichMain() {
    }

    public static void main(String[] args) {
        ServiceRunner.main("enrich", args, EnrichService::new);
    }
}
