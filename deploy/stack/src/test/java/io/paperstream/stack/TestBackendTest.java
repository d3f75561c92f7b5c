package io.paperstream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paperstream.stack.TestBackend.Kind;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class TestBackendTest {

    private static final BooleanSupplier DOCKER = () -> true;
    private static final BooleanSupplier NO_DOCKER = () -> false;

    @Test
    void autoTakesEmbeddedWhenDockerIsUnavailable() {
        assertThat(Kind.choose("auto", NO_DOCKER)).isEqualTo(Kind.EMBEDDED);
        assertThat(Kind.choose(null, NO_DOCKER)).isEqualTo(Kind.EMBEDDED);
        assertThat(Kind.choose(" ", NO_DOCKER)).isEqualTo(Kind.EMBEDDED);
    }

    @Test
    void autoTakesContainersWhenDockerAnswers() {
        assertThat(Kind.choose("auto", DOCKER)).isEqualTo(Kind.CONTAINERS);
        assertThat(Kind.choose(null, DOCKER)).isEqualTo(Kind.CONTAINERS);
    }

    @Test
    void anExplicitChoiceWinsAndDoesNotAskDocker() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier counting = () -> {
            asked.incrementAndGet();
            return true;
        };
        assertThat(Kind.choose("embedded", counting)).isEqualTo(Kind.EMBEDDED);
        assertThat(Kind.choose("CONTAINERS", counting)).isEqualTo(Kind.CONTAINERS);
        assertThat(asked).hasValue(0);
    }

    @Test
    void anUnknownBackendIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> Kind.choose("docker", DOCKER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paperstream.it.backend=docker")
                .hasMessageContaining("auto, containers or embedded");
    }

    /** The real probe on this machine: it must answer (not hang) and auto must follow its answer. */
    @Test
    void autoFollowsTheRealDockerProbe() {
        boolean docker = ContainerBackend.dockerAvailable();
        assertThat(Kind.choose("auto", ContainerBackend::dockerAvailable))
                .isEqualTo(docker ? Kind.CONTAINERS : Kind.EMBEDDED);
    }
}
