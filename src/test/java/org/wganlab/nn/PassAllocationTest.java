package org.wganlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;

/**
 * A network's passes run in its own native blocks: once warmed up they create no ND4J buffers beyond
 * the arrays they return. Every ND4J buffer leaves objects that the garbage collector must copy at its
 * next pause, which is what made the desktop app stutter while training (see {@link NativeBlock}).
 * ND4J numbers every buffer it creates, so the count is exact.
 */
class PassAllocationTest {

  private static long buffersCreatedBy(Runnable work) {
    long before = Nd4j.getDeallocatorService().nextValue();
    work.run();
    // nextValue() itself takes one number.
    return Nd4j.getDeallocatorService().nextValue() - before - 1;
  }

  @Test
  void passesCreateOnlyTheArraysTheyReturn() {
    MlpSpec spec = new MlpSpec(2, 1, 3, 32, Activation.TANH, WeightInit.HE_UNIFORM);
    Mlp critic = Mlp.create(spec, DataType.FLOAT, new Rng(3));
    INDArray x = Nd4j.rand(DataType.FLOAT, 64, 2);
    INDArray weights = Nd4j.ones(DataType.FLOAT, 64, 1);
    NormPenalty phi = TestPenalties.TWO_SIDED;
    Runnable penalty = () -> critic.accumulateNormPenalty(x, phi);
    Runnable valueGradient = () -> critic.accumulateValueGradient(x, weights);
    Runnable zero = critic::zeroGradient;
    for (Runnable warmUp : new Runnable[] {penalty, valueGradient, zero}) {
      warmUp.run();
    }
    long perReturnedArray = buffersCreatedBy(() -> Nd4j.createUninitialized(DataType.FLOAT, 64, 1));

    assertThat(buffersCreatedBy(penalty)).isZero();
    assertThat(buffersCreatedBy(zero)).isZero();
    assertThat(buffersCreatedBy(valueGradient)).isEqualTo(perReturnedArray);
    assertThat(buffersCreatedBy(() -> critic.readout(x))).isEqualTo(2 * perReturnedArray);
  }
}
