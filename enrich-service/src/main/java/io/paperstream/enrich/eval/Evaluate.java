package io.paperstream.enrich.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paperstream.enrich.Enricher;
import io.paperstream.enrich.Enrichment;
import io.paperstream.schemas.MetricClaim;
import io.paperstream.schemas.TechniqueLabel;

import java.nio.file.Path;
import java.util.List;

/**
 * Command line: {@code Evaluate [labelled.jsonl] [--differences] [--without brief|abstract]} prints
 * precision, recall and F1 per technique label and per claim kind, optionally with one description
 * of every paper left empty; {@code Evaluate --predict papers.jsonl} prints what the
 * enricher finds for unlabelled papers (same JSON-lines shape), a starting point for labelling.
 */
public final class Evaluate {

    public static final Path DEFAULT_LABELLED = Path.of("eval/labelled.jsonl");

    private Evaluate() {
    }

    public static void main(String[] args) throws Exception {
        Enricher enricher = Enricher.fromClasspath();
        if (args.length >= 2 && args[0].equals("--predict")) {
            predict(enricher, LabelledSet.read(Path.of(args[1])));
            return;
        }
        int without = List.of(args).indexOf("--without");
        Path file = locateDefault();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (!args[i].equals("--differences") && !args[i].equals("--without")) {
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + ": [labelled.jsonl] [--differences] [--without brief|abstract], or --predict papers.jsonl");
                }
            } else if (i != without + 1 || without < 0) {
                file = Path.of(args[i]); // options and the file in any order
            }
        }
        List<LabelledPaper> labelled = LabelledSet.read(file);
        if (without >= 0) {
            if (without + 1 == args.length) {
                throw new IllegalArgumentException("--without needs a description: brief or abstract");
            }
            labelled = labelled.stream().map(p -> p.without(args[without + 1])).toList();
        }
        Evaluation evaluation = Evaluation.run(enricher, labelled);
        if (List.of(args).contains("--differences")) {
            evaluation.differences().forEach(System.out::println);
            System.out.println();
        }
        System.out.print(evaluation.report());
    }

    /** The module directory when run by Maven from the module, the repository root otherwise. */
    public static Path locateDefault() {
        Path inModule = DEFAULT_LABELLED;
        return inModule.toFile().exists() ? inModule : Path.of("enrich-service").resolve(DEFAULT_LABELLED);
    }

    private static void predict(Enricher enricher, List<LabelledPaper> papers) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (LabelledPaper paper : papers) {
            Enrichment e = enricher.enrich(paper.text());
            ObjectNode node = json.createObjectNode();
            node.put("id", paper.id());
            node.put("title", paper.title());
            ArrayNode techniques = node.putArray("techniques");
            for (TechniqueLabel label : e.techniques()) {
                techniques.add(label.getId() + ":" + label.getScore() + " " + label.getEvidence().stream()
                        .map(ev -> ev.getField() + "/" + ev.getTerm()).toList());
            }
            ArrayNode claims = node.putArray("claims");
            for (MetricClaim claim : e.claims()) {
                ObjectNode c = claims.addObject();
                c.put("source", claim.getSource());
                c.put("kind", claim.getKind());
                c.put("value", claim.getValue());
                if (claim.getLow() != null) {
                    c.put("low", claim.getLow());
                }
                c.put("unit", claim.getUnit());
                c.put("target", claim.getTarget());
                c.put("approx", claim.getApprox());
                c.put("model", claim.getModel());
                c.put("text", claim.getText());
            }
            node.put("modality", e.modality());
            node.putPOJO("institutions", e.institutions());
            node.putPOJO("models", e.models());
            node.putPOJO("codeUrls", e.codeUrls());
            System.out.println(json.writeValueAsString(node));
        }
    }
}
