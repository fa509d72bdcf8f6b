# merlab entry point. `make reproduce` runs every notebook and writes reports/; `make test` runs all tests.
JAVA_HOME := $(shell environment/find-jdk)
export JAVA_HOME
MVN := mvn -q -B

.PHONY: test
test:
	$(MVN) test

# Prints loading and resampling speed (CPU seconds); see lib/src/test/java/org/merlab/audio/*Benchmark.java
.PHONY: bench-audio
bench-audio:
	$(MVN) -pl lib test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-audio.classpath
	. environment/jvm.conf && for main in ResamplerBenchmark AudioBenchmark; do \
	  $(JAVA_HOME)/bin/java $$MERLAB_JAVA_OPTS \
	    -cp lib/target/test-classes:lib/target/classes:$$(cat lib/target/bench-audio.classpath) \
	    org.merlab.audio.$$main || exit 1; \
	done
