package org.wganlab.nn;

import java.util.function.Supplier;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J workspaces around training steps. A step allocates dozens of temporaries; in a workspace they
 * come from one reusable block instead of the allocator, which is what keeps a step fast. Anything that
 * must outlive a step (parameters, optimiser state, published numbers) is created outside, or copied to
 * Java arrays before the step ends.
 */
public final class Workspaces {
  private static final WorkspaceConfiguration STEP = WorkspaceConfiguration.builder()
      .initialSize(0)
      .policyLearning(LearningPolicy.FIRST_LOOP)
      .policyAllocation(AllocationPolicy.OVERALLOCATE)
      .overallocationLimit(0.2)
      .policyReset(ResetPolicy.BLOCK_LEFT)
      .policySpill(SpillPolicy.REALLOCATE)
      .build();

  private Workspaces() {
  }

  /**
   * Runs {@code body} in the calling thread's workspace named {@code id}; every array it allocates is
   * released when it returns, so the result must be plain Java data.
   */
  public static <T> T inStep(String id, Supplier<T> body) {
    MemoryWorkspace workspace = Nd4j.getWorkspaceManager().getAndActivateWorkspace(STEP, id);
    try {
      return body.get();
    } finally {
      workspace.close();
    }
  }

  /** Runs {@code body} outside any workspace, for arrays that must outlive the current step. */
  public static <T> T outside(Supplier<T> body) {
    MemoryWorkspace scope = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces();
    try {
      return body.get();
    } finally {
      scope.close();
    }
  }
}
