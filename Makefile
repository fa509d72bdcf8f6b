# merlab entry point. `make reproduce` runs every notebook and writes reports/; `make test` runs all tests.
JAVA_HOME := $(shell environment/find-jdk)
ifeq ($(JAVA_HOME),)
$(error merlab needs a JDK 25: install one (e.g. Temurin 25) or set JAVA_HOME to it)
endif
export JAVA_HOME
MVN := mvn -q -B

# The kernel runs in notebooks/, so a relative MERLAB_DATA must become absolute before it gets there
# ("embedded", which asks for the synthetic corpus, is no directory and stays as it is).
ifneq ($(filter-out embedded,$(strip $(MERLAB_DATA))),)
export MERLAB_DATA := $(abspath $(MERLAB_DATA))
endif
ifneq ($(strip $(MERLAB_DATA_TEXT)),)
export MERLAB_DATA_TEXT := $(abspath $(MERLAB_DATA_TEXT))
endif
ifneq ($(strip $(MERLAB_DATA_VGMIDI)),)
export MERLAB_DATA_VGMIDI := $(abspath $(MERLAB_DATA_VGMIDI))
endif
ifneq ($(strip $(MERLAB_DATA_MUSIFEAST17)),)
export MERLAB_DATA_MUSIFEAST17 := $(abspath $(MERLAB_DATA_MUSIFEAST17))
endif
ifneq ($(strip $(MERLAB_DATA_4Q)),)
export MERLAB_DATA_4Q := $(abspath $(MERLAB_DATA_4Q))
endif

# The ND4J backend, resolved once (environment/backend.conf): MERLAB_BACKEND=cuda, or cpu when it is unset or no GPU
# is found (said once, here). Every recipe, build-lib and install get the resolved value and the Maven options for it.
# $(shell) sees the environment make started with, not `make MERLAB_BACKEND=...`: hence the value is handed over.
BACKEND := $(shell MERLAB_BACKEND='$(MERLAB_BACKEND)'; . environment/backend.conf && echo "$$MERLAB_BACKEND $$MERLAB_MAVEN_ARGS")
ifeq ($(BACKEND),)
$(error MERLAB_BACKEND must be cpu or cuda (see the message above))
endif
override export MERLAB_BACKEND := $(firstword $(BACKEND))
BACKEND_MVN := $(wordlist 2,$(words $(BACKEND)),$(BACKEND))

LIB_JAR := $(shell MERLAB_BACKEND=$(MERLAB_BACKEND) environment/build-lib --path)
LIB_SOURCES := $(shell find lib/src/main -type f 2>/dev/null)

# Not files: install is an idempotent script (it checks apt, the kernel jar and the kernelspec itself), and a
# notebook run depends on MERLAB_* parameters make cannot see, so notebooks always runs.
.PHONY: install lib notebooks reproduce test lab kernel-stress

install:
	environment/install

# The jar and the deps/*.jar beside it are the kernel's class path (see environment/install).
lib: $(LIB_JAR)

$(LIB_JAR): pom.xml lib/pom.xml $(LIB_SOURCES)
	environment/build-lib > /dev/null

notebooks: $(LIB_JAR) install
	environment/run-notebooks

reproduce: $(LIB_JAR) install
	MERLAB_SMOKE=0 environment/run-notebooks

# Smoke runs write under target/, so a test never overwrites the reports of a real run, and use the embedded corpus
# even where data/raw/emotify/ has been fetched: tests never read downloads.
SMOKE := MERLAB_SMOKE=1 MERLAB_REPORTS=$(CURDIR)/target/smoke-reports MERLAB_DATA=embedded
test: $(LIB_JAR) install
	$(MVN) $(BACKEND_MVN) test
	data/test-fetch
	environment/test-run-notebooks
	$(SMOKE) environment/run-notebooks
	$(SMOKE) environment/run-notebooks --check
	environment/test-summary

# Jupyter refuses to run as root unless told; containers often are root.
lab: $(LIB_JAR) install
	/usr/bin/jupyter notebook --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

kernel-stress: $(LIB_JAR) install
	environment/kernel-stress

# Benchmarks print numbers; none is a timed test. The test-tree ones need ../shared's reference clips.
BENCH_DIR := target-bench
# $(call test-main,CLASS): runs a main class of lib's test tree with the JVM settings of environment/jvm.conf.
define test-main
	$(MVN) -Dmerlab.build.dir=$(BENCH_DIR) -pl lib test-compile dependency:build-classpath \
		-Dmdep.outputFile=$(BENCH_DIR)/classpath.txt
	. environment/jvm.conf && "$(JAVA_HOME)/bin/java" $$MERLAB_JAVA_OPTS \
		-cp lib/$(BENCH_DIR)/test-classes:lib/$(BENCH_DIR)/classes:$$(cat lib/$(BENCH_DIR)/classpath.txt) $(1)
endef

# $(call lib-main,CLASS): runs a main class of lib's jar with the JVM settings of environment/jvm.conf.
define lib-main
	. environment/jvm.conf && "$(JAVA_HOME)/bin/java" $$MERLAB_JAVA_OPTS -cp "$(LIB_JAR):$(dir $(LIB_JAR))deps/*" $(1)
endef

# Decoding (MP3, Ogg, WAV) and resampling to 22050 Hz on the reference clips: CPU time per step.
.PHONY: bench-audio
bench-audio:
	$(call test-main,org.merlab.audio.ResamplerBenchmark)
	$(call test-main,org.merlab.audio.AudioBenchmark)

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

# Peak resident memory per epoch of a 12,000-row CNN-LSTM run (the full Emotify N = 20 size): flat after the first
# epoch when memory is bounded (see environment/jvm.conf).
.PHONY: bench-memory
bench-memory: $(LIB_JAR)
	$(call lib-main,org.merlab.train.MemoryBenchmark)

# CNN-LSTM training speed on the paper's shapes, merlab (oneDNN helpers on and off) against PyTorch in one run
# (environment/bench/cnn_lstm_torch.py, Debian's python3-torch; merlab alone, saying so, without it): interleaved
# epochs, medians of process CPU and wall seconds, ratios. BENCH_TRAIN_ARGS="--samples 8000 --repeats 5" for more.
BENCH_TRAIN_ARGS ?= --samples 2000 --batch 32,64 --repeats 3
.PHONY: bench-train
bench-train: $(LIB_JAR)
	$(call lib-main,org.merlab.train.CnnLstmBenchmark --torch-script environment/bench/cnn_lstm_torch.py $(BENCH_TRAIN_ARGS))

# The valence/arousal LSTM and Transformer of notebook 07 (batch 8, 128 mel inputs, windows of up to 32 of VGMIDI's
# annotated bars, random values), and the text BiLSTM and Transformer of notebook 09 (batch 64, the real training
# split's vocabulary, maximum length and text lengths on a subset, random ids), the same way against PyTorch
# (environment/bench/va_torch.py, text_torch.py); bench-text then times saved text bundles' predictions (texts/s).
BENCH_VGMIDI ?= ../shared/datasets/vgmidi
BENCH_TEXTS ?= ../shared/datasets/text-emotion
BENCH_VA_ARGS ?= --repeats 3
BENCH_TEXT_ARGS ?= --rows 2048 --repeats 3
BENCH_TEXT_PREDICT_ARGS ?= --train 2000 --single 200 --repeats 3
.PHONY: bench-va bench-text
bench-va: $(LIB_JAR)
	$(call lib-main,org.merlab.train.VaBenchmark --vgmidi $(BENCH_VGMIDI) $(BENCH_VA_ARGS))

bench-text: $(LIB_JAR)
	$(call lib-main,org.merlab.train.TextBenchmark --texts $(BENCH_TEXTS) $(BENCH_TEXT_ARGS))
	$(call test-main,org.merlab.study.text.TextPredictorBenchmark --texts $(BENCH_TEXTS) $(BENCH_TEXT_PREDICT_ARGS))

# Where a CNN-LSTM training batch spends its time: thread CPU per layer, forward and backward, and the native
# operations of one fit (org.merlab.train.CnnLstmProfile; arguments: batch size, batches, helpers).
BENCH_PROFILE_ARGS ?= 64 15 true
.PHONY: bench-train-profile
bench-train-profile:
	$(call test-main,org.merlab.train.CnnLstmProfile $(BENCH_PROFILE_ARGS))

# merlab serve under load on loopback: CLIENTS x REQUESTS predictions of real music (../shared) through HTTP, printing
# p50/p95/p99 latency and throughput. Default model: the serve tests' (trained first); BENCH_SERVE_ARGS="--model
# models/emotify-dev.zip --clients 16 --requests 25 --workers 2 --full" for the paper model on one-minute songs.
BENCH_SERVE_ARGS ?=
.PHONY: bench-serve
bench-serve:
	$(call test-main,org.merlab.serve.ServerBenchmark $(BENCH_SERVE_ARGS))

# merlab predict on a one-minute MP3 (../shared) with the paper's CNN-LSTM: cold (a fresh JVM running ./merlab predict)
# and warm (in process, repeated) latency, with decode, feature and network seconds apart. The network's cost depends
# on its shape, not its training, so the default bundle is the embedded corpus's smoke model (./merlab train --smoke);
# BENCH_PREDICT_MODEL=models/emotify-dev.zip for another, BENCH_PREDICT_ARGS="--cold 5 --warm 20".
BENCH_PREDICT_MODEL ?= lib/$(BENCH_DIR)/paper-smoke.zip
BENCH_PREDICT_ARGS ?=
lib/$(BENCH_DIR)/paper-smoke.zip:
	./merlab train --smoke --out $@
.PHONY: bench-predict
bench-predict: $(BENCH_PREDICT_MODEL)
	$(call test-main,org.merlab.cli.PredictBenchmark --model $(BENCH_PREDICT_MODEL) $(BENCH_PREDICT_ARGS))
