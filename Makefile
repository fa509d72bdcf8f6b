# merlab entry point. `make reproduce` runs every notebook and writes reports/; `make test` runs all tests.
JAVA_HOME := $(shell environment/find-jdk)
export JAVA_HOME
MVN := mvn -q -B

.PHONY: test
test:
	$(MVN) test
