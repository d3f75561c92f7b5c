package io.paperstream.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A Java agent that makes a third-party child JVM (the schema registry) exit when the process that launched
 * it dies, even by SIGKILL, so a crashed stack leaves no registry holding its port. Our own services do
 * the same through {@code PAPERSTREAM_PARENT_PID}; the registry has no such setting, hence the agent.
 * Uses nothing but the JDK, because it runs inside the registry's JVM.
 */
public final class ParentWatchAgent {

    private ParentWatchAgent() {
    }

    /** Agent entry point: {@code -javaagent:<jar>=<parent pid>}. */
    public static void premain(String parentPid) {
        long pid;
        try {
            pid = Long.parseLong(parentPid == null ? "" : parentPid.trim());
        } catch (NumberFormatException e) {
            System.err.println("ParentWatchAgent: expected a parent pid, got '" + parentPid + "'");
            return;
        }
        ProcessHandle.of(pid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> {
                    System.err.println("Parent process " + pid + " exited; stopping");
                    System.exit(0);
                }),
                () -> System.exit(0));
    }

    /** The JVM option that installs this agent watching the current process. */
    static String jvmOption() {
        return "-javaagent:" + agentJar() + "=" + ProcessHandle.current().pid();
    }

    /**
     * Writes a one-class agent jar to the temp directory. Built at run time because the class may come from
     * a directory (IDE, reactor build) or from the shaded jar, and neither is itself a valid agent jar.
     */
    static synchronized Path agentJar() {
        String resource = ParentWatchAgent.class.getName().replace('.', '/') + ".class";
        Path jar = Path.of(System.getProperty("java.io.tmpdir"), "paperstream-parent-watch-agent-"
                + ProcessHandle.current().pid() + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), ParentWatchAgent.class.getName());
        try (InputStream classBytes = ParentWatchAgent.class.getClassLoader().getResourceAsStream(resource)) {
            if (classBytes == null) {
                throw new IllegalStateException("Cannot find " + resource + " on the class path");
            }
            Path partial = Files.createTempFile(jar.getParent(), "paperstream-agent", ".part");
            try (OutputStream out = Files.newOutputStream(partial);
                 JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
                jarOut.putNextEntry(new JarEntry(resource));
                classBytes.transferTo(jarOut);
                jarOut.closeEntry();
            }
            Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            jar.toFile().deleteOnExit();
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the parent-watch agent jar " + jar, e);
        }
    }
}
