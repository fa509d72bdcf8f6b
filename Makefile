# merlab entry point. `make reproduce` runs every notebook and writes reports/; `make test` runs all tests.
JAVA_HOME := $(shell environment/find-jdk)
export JAVA_HOME
MVN := mvn -q -B

.PHONY: test
test:
	$(MVN) test

# Speed benchmarks on the librosa reference clips (need ../shared): median wall and thread-CPU ms per step, and the
# multiple of real time by CPU time. bench-spectral: STFT and spectral features on the 30 s clips; bench-rhythm: HPSS,
# onset strength, tempo and beat tracking on a 3 s and the 30 s clips.
BENCH_DIR := target-bench
.PHONY: bench-spectral bench-rhythm
bench-spectral: BENCH_MAIN := org.merlab.features.SpectralBenchmark
bench-rhythm: BENCH_MAIN := org.merlab.features.RhythmBenchmark
bench-spectral bench-rhythm:
	$(MVN) -Dmerlab.build.dir=$(BENCH_DIR) -pl lib test-compile dependency:build-classpath \
		-Dmdep.outputFile=$(BENCH_DIR)/classpath.txt
	. environment/jvm.conf && "$(JAVA_HOME)/bin/java" $$MERLAB_JAVA_OPTS \
		-cp lib/$(BENCH_DIR)/test-classes:lib/$(BENCH_DIR)/classes:$$(cat lib/$(BENCH_DIR)/classpath.txt) \
		$(BENCH_MAIN)
