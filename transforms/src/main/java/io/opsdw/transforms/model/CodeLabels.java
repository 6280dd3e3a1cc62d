package io.opsdw.transforms.model;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.FieldType;
import io.opsdw.lakecontract.contract.SourceContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The zh-CN / en labels of the contracts' code lists, rendered as Spark SQL, so that dimensions label codes from
 * the one place they are declared ({@code contracts/*.yml}, {@code labels:}) instead of repeating them.
 * A field is named {@code 'source.field'}, e.g. {@code 'inventory_movements.location'}. Codes a mapping added
 * ({@link CodeAdditions}) follow the contract's own.
 */
final class CodeLabels {

    private static final ContractRegistry CONTRACTS = ContractRegistry.load();

    private CodeLabels() {
    }

    /** {@code CASE expr WHEN 'code' THEN 'label' ... END}: NULL for a value that is not a code of the field. */
    static String caseExpression(String field, String languageTag, String expr, CodeAdditions added) {
        if (!ContractRegistry.LABEL_LANGUAGES.contains(languageTag)) {
            throw new IllegalArgumentException("code_label: language must be one of " + ContractRegistry.LABEL_LANGUAGES
                    + ", not " + languageTag);
        }
        FieldSpec f = field(field);
        StringBuilder sql = new StringBuilder("CASE ").append(expr);
        for (String code : f.codeAliases().keySet()) {
            sql.append(" WHEN ").append(literal(code)).append(" THEN ").append(literal(f.label(code, languageTag)));
        }
        added.of(field).forEach((code, labels) ->
                sql.append(" WHEN ").append(literal(code)).append(" THEN ").append(literal(labels.get(languageTag))));
        return sql.append(" END").toString();
    }

    /**
     * An inline table {@code (code, label_zh, label_en)} of one or more fields' codes; a code declared by several
     * fields (e.g. {@code phone} in complaints and callbacks) appears once, labelled by the first field naming it.
     */
    static String table(List<String> fields, CodeAdditions added) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String name : fields) {
            FieldSpec f = field(name);
            for (String code : f.codeAliases().keySet()) {
                rows.putIfAbsent(code, new String[] {f.label(code, "zh-CN"), f.label(code, "en")});
            }
        }
        for (String name : fields) {
            added.of(name).forEach((code, labels) -> rows.putIfAbsent(code, new String[] {labels.get("zh-CN"), labels.get("en")}));
        }
        List<String> values = new ArrayList<>();
        rows.forEach((code, l) -> values.add("(" + literal(code) + ", " + literal(l[0]) + ", " + literal(l[1]) + ")"));
        return "(SELECT * FROM VALUES " + String.join(", ", values) + " AS t(code, label_zh, label_en))";
    }

    /** Every code field of every contract: {@code (source, field, code, label_zh, label_en)}. */
    static String allFields(CodeAdditions added) {
        List<String> values = new ArrayList<>();
        for (SourceContract c : CONTRACTS.all()) {
            for (FieldSpec f : c.fields()) {
                if (f.type() != FieldType.CODE) {
                    continue;
                }
                for (String code : f.codeAliases().keySet()) {
                    values.add("(" + literal(c.source()) + ", " + literal(f.name()) + ", " + literal(code) + ", "
                            + literal(f.label(code, "zh-CN")) + ", " + literal(f.label(code, "en")) + ")");
                }
                added.of(c.source() + "." + f.name()).forEach((code, labels) -> values.add("(" + literal(c.source()) + ", "
                        + literal(f.name()) + ", " + literal(code) + ", " + literal(labels.get("zh-CN")) + ", "
                        + literal(labels.get("en")) + ")"));
            }
        }
        return "(SELECT * FROM VALUES " + String.join(", ", values) + " AS t(source, field, code, label_zh, label_en))";
    }

    /** Every export contract: {@code (source, source_group, title_zh, title_en)}, titles as the contracts declare them. */
    static String sources() {
        List<String> values = new ArrayList<>();
        for (SourceContract c : CONTRACTS.all()) {
            values.add("(" + literal(c.source()) + ", " + literal(c.group()) + ", "
                    + literal(c.title().getOrDefault("zh-CN", c.source())) + ", "
                    + literal(c.title().getOrDefault("en", c.source())) + ")");
        }
        return "(SELECT * FROM VALUES " + String.join(", ", values) + " AS t(source, source_group, title_zh, title_en))";
    }

    private static FieldSpec field(String qualified) {
        int dot = qualified.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("code labels: name the field as 'source.field', not '" + qualified + "'");
        }
        SourceContract contract = CONTRACTS.get(qualified.substring(0, dot));
        FieldSpec f = contract.field(qualified.substring(dot + 1)).orElseThrow(() -> new IllegalArgumentException(
                "code labels: contract " + contract.source() + " has no field " + qualified.substring(dot + 1)));
        if (f.type() != FieldType.CODE) {
            throw new IllegalArgumentException("code labels: " + qualified + " is not a code field");
        }
        return f;
    }

    private static String literal(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
