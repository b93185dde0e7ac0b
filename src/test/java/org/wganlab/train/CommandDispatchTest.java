package org.wganlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.wganlab.method.MethodKind;

/**
 * Every command reaches a handler method of its own: a command added to the sealed interface must
 * get a new {@link Command.Handler} method, which the session then has to implement, so that it can
 * never be ignored silently.
 */
class CommandDispatchTest {
  /** A value for each type a command's record holds. */
  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(StepKind.class, StepKind.CRITIC),
      Map.entry(Pace.class, Pace.FULL),
      Map.entry(ExperimentConfig.class, TrainerTest.small(MethodKind.GP, TrainingMode.GAN)),
      Map.entry(String.class, "Width 128"),
      Map.entry(UnaryOperator.class, UnaryOperator.identity()),
      Map.entry(RunConfig.class, RunConfig.reference(MethodKind.GP)),
      Map.entry(int.class, 0),
      Map.entry(EvaluationRequest.class, EvaluationRequest.LIVE),
      Map.entry(Consumer.class, (Consumer<SessionState>) state -> { }),
      Map.entry(SessionState.class, capturedState()),
      Map.entry(LatentWalk.class, new LatentWalk(new LatentWalk.Cell(0), new LatentWalk.Random(1),
          0.5)));

  @Test
  void everyCommandDispatchesToAHandlerMethodOfItsOwn() throws Exception {
    List<String> reached = new ArrayList<>();
    Command.Handler recorder = (Command.Handler) Proxy.newProxyInstance(
        Command.Handler.class.getClassLoader(), new Class<?>[] {Command.Handler.class},
        (proxy, method, args) -> {
          reached.add(method.getName());
          return null;
        });
    Class<?>[] commands = Command.class.getPermittedSubclasses();
    for (Class<?> type : commands) {
      int before = reached.size();
      sample(type).dispatchTo(recorder);
      assertThat(reached).as(type.getSimpleName() + " reaches exactly one handler method")
          .hasSize(before + 1);
    }
    assertThat(reached).as("one handler call per command").hasSize(commands.length);
    Set<String> distinct = new HashSet<>(reached);
    assertThat(distinct).as("each command its own handler method").hasSize(commands.length);
    assertThat(Command.Handler.class.getDeclaredMethods()).as("a handler method per command")
        .hasSize(commands.length);
  }

  /** The state of a small session at iteration 0, as a Capture hands it over. */
  private static SessionState capturedState() {
    try {
      TrainingSession session = new TrainingSession(TrainerTest.small(MethodKind.GP,
          TrainingMode.GAN), DatasetResolver.standard(), 0);
      AtomicReference<SessionState> state = new AtomicReference<>();
      session.apply(new Command.Capture(state::set));
      return state.get();
    } catch (org.wganlab.data.DataFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Command sample(Class<?> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      assertThat(SAMPLES).as("a sample value for " + types[i] + " in " + type.getSimpleName())
          .containsKey(types[i]);
      values[i] = SAMPLES.get(types[i]);
    }
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    return (Command) canonical.newInstance(values);
  }
}
