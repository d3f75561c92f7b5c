package io.paperstream.index;

import io.paperstream.runtime.ServiceRunner;

/** Starts index-service: {@code [--config FILE]}. */
public final class IndexMain {

    private IndexMain() {
    }

    public static void main(String[] args) {
        ServiceRunner.main("index", args, IndexService::new);
    }
}
