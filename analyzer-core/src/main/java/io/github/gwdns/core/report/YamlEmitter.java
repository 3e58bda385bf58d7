package io.github.gwdns.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes plain values (ordered maps, lists, strings, numbers, booleans) as block-style YAML, one
 * document per value, the way {@code kubectl get -o yaml} shows objects.
 */
final class YamlEmitter {
  private YamlEmitter() {}

  static void write(List<?> documents, Writer out) throws IOException {
    DumpSettings settings =
        DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(0)
            .setExplicitStart(true)
            .setWidth(Integer.MAX_VALUE)
            // Quote what YAML 1.1 readers (kubectl, yq) would take for a boolean or number: "True".
            .setSchema(new CoreSchema())
            .build();
    Dump dump = new Dump(settings);
    for (Object document : documents) {
      out.write(dump.dumpToString(document));
    }
    out.flush();
  }
}
