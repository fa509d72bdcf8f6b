# merlab entry point. `make reproduce` runs every notebook and writes reports/; `make test` runs all tests.
JAVA_HOME := $(shell environment/find-jdk)
export JAVA_HOME
MVN := mvn -q -B

.PHONY: test
test:
	$(MVN) test

# Speed of the STFT and spectral features on the 30 s reference clips (reads ../shared); prints ms and x real time.
BENCH_CP := lib/target/test-classes:lib/target/classes
.PHONY: bench-spectral
bench-spectral:
	$(MVN) -pl lib test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
	. environment/jvm.conf && "$(JAVA_HOME)/bin/java" $$MERLAB_JAVA_OPTS -cp $(BENCH_CP):$$(cat lib/target/test.classpath) \
		org.merlab.features.SpectralBenchmark
