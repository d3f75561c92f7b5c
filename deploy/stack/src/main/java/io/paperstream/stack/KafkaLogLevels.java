package io.paperstream.stack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Keeps an in-JVM broker from flooding the console: at logback's default (DEBUG, no config file) a broker
 * start alone prints tens of thousands of lines. Levels someone configured explicitly are left alone.
 */
final class KafkaLogLevels {

    private static final List<String> BROKER_LOGGERS = List.of(
            "kafka", "org.apache.kafka", "state.change.logger", "org.apache.zookeeper");

    private KafkaLogLevels() {
    }

    static void quietUnlessConfigured() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        for (String name : BROKER_LOGGERS) {
            Logger logger = context.getLogger(name);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARN);
            }
        }
    }
}
