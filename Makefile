# merlab entry point. `make reproduce` runs every notebook and writes reports/; `make test` runs all tests.
JAVA_HOME := $(shell environment/find-jdk)
export JAVA_HOME
MVN := mvn -q -B

.PHONY: test
test:
	$(MVN) test

# Speed of HPSS, onset strength, tempo and beat tracking on a 3 s and the 30 s librosa reference clips (needs ../shared):
# median wall and thread-CPU ms per step, and the multiple of real time by CPU time.
BENCH_DIR := target-bench
.PHONY: bench-rhythm
bench-rhythm:
	$(MVN) -Dmerlab.build.dir=$(BENCH_DIR) -pl lib test-compile dependency:build-classpath \
		-Dmdep.outputFile=$(BENCH_DIR)/classpath.txt
	. environment/jvm.conf && "$(JAVA_HOME)/bin/java" $$MERLAB_JAVA_OPTS \
		-cp lib/$(BENCH_DIR)/test-classes:lib/$(BENCH_DIR)/classes:$$(cat lib/$(BENCH_DIR)/classpath.txt) \
		org.merlab.features.RhythmBenchmark
