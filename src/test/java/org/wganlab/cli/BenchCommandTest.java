package org.wganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The benchmark prints one JSON object with every figure. */
class BenchCommandTest {

  @Test
  void jsonHasEveryFigureAsAPositiveNumber() throws Exception {
    StringWriter out = new StringWriter();
    int code = WganLabCommand.commandLine(new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true)).execute("bench", "--json", "--repeats", "3");
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    for (String key : new String[] {"gp_step_ms", "div_step_ms", "clip_step_ms", "gp_iteration_ms",
        "grid128_ms", "sgemm_gflops"}) {
      assertThat(json.get(key).asDouble()).as(key).isPositive();
    }
    assertThat(json.get("omp_wait_policy").asText()).isEqualTo("PASSIVE");
    assertThat(json.get("backend").asText()).startsWith("Backend: CPU, ");
  }

  @Test
  void rejectsAnUnknownBackendNamingTheChoices() {
    StringWriter err = new StringWriter();
    int code = WganLabCommand.commandLine(new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true)).execute("bench", "--backend", "gpu");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("unknown backend 'gpu' (use auto, cpu or cuda)");
  }

  @Test
  void rejectsTooFewRepeats() {
    StringWriter err = new StringWriter();
    int code = WganLabCommand.commandLine(new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true)).execute("bench", "--repeats", "1");
    assertThat(code).isEqualTo(2);
  }
}
