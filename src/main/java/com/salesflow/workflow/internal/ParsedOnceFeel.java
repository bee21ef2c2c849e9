package com.salesflow.workflow.internal;

import camundajar.impl.scala.jdk.javaapi.CollectionConverters;
import camundajar.impl.scala.util.Either;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvalContext$;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;
import org.springframework.stereotype.Component;

/**
 * Decision tables parse each FEEL entry once, and share FEEL's built-in functions, instead of building both again
 * for every entry of every evaluation.
 *
 * <p>The engine's FEEL engine (feel-scala 1.19 in Camunda 7.24) parses the text of every input entry, input
 * expression and output entry each time a table is evaluated (camunda/feel-scala#1149), and before each entry is
 * evaluated it builds the whole library of built-in functions anew (its private {@code rootContext}). A profile of
 * the lead intake benchmark found the two at two thirds of the time spent in decision tables, which were a fifth of
 * all. This plugin gives the DMN engine the same Scala FEEL engine, built the same way, whose two parse methods keep
 * what they parsed by its text and whose evaluation starts from one library of built-in functions built once. Parsed
 * expressions and the built-in functions are immutable, so threads share them; a text that fails to parse is not
 * kept and fails with the engine's own message each time; an evaluation that throws is done again the engine's own
 * way, so that failures read as before. Dropping this class restores the engine's behaviour exactly.
 *
 * <p>It depends on the FEEL engine's shaded Scala classes ({@code camundajar.impl.scala}) and reaches two private
 * methods of its engine; when those cannot be found it keeps only the parsed texts. {@code ParsedOnceFeelTest}
 * compares it with the engine's own over every table in {@code processes/} and checks that both savings are in use,
 * so an upgrade that moves them fails the build, not production.
 */
@Component
class ParsedOnceFeel extends AbstractProcessEnginePlugin {

    /** More distinct entries than any set of deployed tables holds; beyond it texts are parsed every time. */
    static final int LIMIT = 20_000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        if (dmn.isEnableFeelLegacyBehavior() || configuration.isDmnFeelEnableLegacyBehavior()) {
            return; // the legacy (JUEL-based) FEEL engine is another engine; leave it alone
        }
        dmn.setFeelEngineFactory(new Factory(dmn));
        configuration.setDmnEngineConfiguration(dmn);
    }

    /**
     * Reads the custom functions when the DMN engine is built: the process engine hands them to the DMN
     * configuration after this plugin has run.
     */
    static final class Factory implements FeelEngineFactory {

        private final DefaultDmnEngineConfiguration dmn;

        Factory(DefaultDmnEngineConfiguration dmn) {
            this.dmn = dmn;
        }

        @Override
        public FeelEngine createInstance() {
            List<FeelCustomFunctionProvider> functions = dmn.getFeelCustomFunctionProviders();
            return new Engine(functions == null ? List.of() : functions);
        }
    }

    /** The engine's Scala FEEL engine with {@link ParsingOnce} inside. */
    static final class Engine extends ScalaFeelEngine {

        Engine(List<FeelCustomFunctionProvider> functions) {
            super(functions);
        }

        @Override
        protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
                CompositeValueMapper values) {
            return new ParsingOnce(super.buildFeelEngine(functions, values));
        }

        int parsedTexts() {
            return ((ParsingOnce) feelEngine).size();
        }
    }

    /**
     * feel-scala's engine with the configuration of the one it copies; its evaluation methods call these two parse
     * methods and {@link #evaluate}, so every evaluation by text goes through both savings.
     */
    static final class ParsingOnce extends org.camunda.feel.FeelEngine {

        private static final MethodHandle VALIDATE;
        private static final MethodHandle EVAL;

        static {
            MethodHandle validate = null;
            MethodHandle eval = null;
            try {
                MethodHandles.Lookup engine = MethodHandles.privateLookupIn(org.camunda.feel.FeelEngine.class,
                        MethodHandles.lookup());
                validate = engine.findVirtual(org.camunda.feel.FeelEngine.class, "validate",
                        MethodType.methodType(Either.class, ParsedExpression.class));
                eval = engine.findVirtual(org.camunda.feel.FeelEngine.class, "eval",
                        MethodType.methodType(EvaluationResult.class, ParsedExpression.class, EvalContext.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                validate = null;
                eval = null;
            }
            VALIDATE = validate;
            EVAL = eval;
        }

        private final Map<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> unaryTests =
                new ConcurrentHashMap<>();
        private final Map<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> expressions =
                new ConcurrentHashMap<>();
        /** What the engine's {@code rootContext} builds per evaluation: the built-ins, then the custom functions. */
        private final FunctionProvider functions;

        ParsingOnce(org.camunda.feel.FeelEngine configured) {
            super(configured.functionProvider(), configured.valueMapper(), configured.configuration(),
                    configured.clock());
            functions = new FunctionProvider.CompositeFunctionProvider(CollectionConverters.asScala(List.of(
                    (FunctionProvider) new BuiltinFunctions(clock(), valueMapper()), functionProvider())).toList());
        }

        /** The engine's own evaluation, from the shared built-in functions instead of a new set. */
        @Override
        public EvaluationResult evaluate(ParsedExpression expression, Context context) {
            if (EVAL == null) {
                return super.evaluate(expression, context);
            }
            try {
                Either<?, ?> valid = (Either<?, ?>) VALIDATE.invoke(this, expression);
                if (valid.isLeft()) {
                    return super.evaluate(expression, context);
                }
                EvalContext root = EvalContext$.MODULE$.create(valueMapper(), functions);
                return (EvaluationResult) EVAL.invoke(this, expression, root.merge(context));
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                return super.evaluate(expression, context);
            }
        }

        /** Whether evaluations share the built-in functions (false when this FEEL version hides the methods). */
        static boolean sharesBuiltIns() {
            return EVAL != null;
        }

        @Override
        public Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> parseUnaryTests(String text) {
            return once(unaryTests, text, super::parseUnaryTests);
        }

        @Override
        public Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> parseExpression(String text) {
            return once(expressions, text, super::parseExpression);
        }

        int size() {
            return unaryTests.size() + expressions.size();
        }

        private static Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> once(
                Map<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> parsed, String text,
                Function<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> parser) {
            if (text == null) {
                return parser.apply(null);
            }
            Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> known = parsed.get(text);
            if (known != null) {
                return known;
            }
            Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> result = parser.apply(text);
            if (result.isRight() && parsed.size() < LIMIT) {
                parsed.putIfAbsent(text, result);
            }
            return result;
        }
    }
}
