# merlab entry point. `make reproduce` runs every notebook and writes reports/; `make test` runs all tests.
JAVA_HOME := $(shell environment/find-jdk)
export JAVA_HOME
MVN := mvn -q -B

.PHONY: test
test:
	$(MVN) test

# Benchmarks print numbers; none is a timed test. The test-tree ones need ../shared's reference clips.
BENCH_DIR := target-bench
# $(call test-main,CLASS): runs a main class of lib's test tree with the JVM settings of environment/jvm.conf.
define test-main
	$(MVN) -Dmerlab.build.dir=$(BENCH_DIR) -pl lib test-compile dependency:build-classpath \
		-Dmdep.outputFile=$(BENCH_DIR)/classpath.txt
	. environment/jvm.conf && "$(JAVA_HOME)/bin/java" $$MERLAB_JAVA_OPTS \
		-cp lib/$(BENCH_DIR)/test-classes:lib/$(BENCH_DIR)/classes:$$(cat lib/$(BENCH_DIR)/classpath.txt) $(1)
endef

# STFT and spectral features on the 30 s reference clips: median wall and thread-CPU ms per step.
.PHONY: bench-spectral
bench-spectral:
	$(call test-main,org.merlab.features.SpectralBenchmark)

# HPSS, onset strength, tempo and beat tracking on a 3 s and the 30 s reference clips.
.PHONY: bench-rhythm
bench-rhythm:
	$(call test-main,org.merlab.features.RhythmBenchmark)

# The paper-feature pipeline on every 3 s segment of a dataset (default: the shared Emotify dev subset), on one thread
# and on all cores: seconds of audio per second, by wall clock and by thread CPU time. BENCH_DATA=DIR to change it.
BENCH_DATA ?= ../shared/datasets/emotify-dev
.PHONY: bench-features
bench-features:
	./merlab bench-features $(BENCH_DATA)
