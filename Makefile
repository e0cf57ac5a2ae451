# Entry points for people and for `sam build`.
#
# `sam build` (BuildMethod: makefile, CodeUri: the repository root) runs `make build-<LogicalId>`
# here with ARTIFACTS_DIR set to that function's output folder. Each function's target builds its
# Maven module and what it depends on, then puts the shaded JAR under $(ARTIFACTS_DIR)/lib/: the
# Java runtime puts /var/task/lib/*.jar on the classpath.
#
# Maven runs with the JDK in JAVA_HOME when it is set (the build needs JDK 21 or newer).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

MVNW ?= ./mvnw
# The build gates (formatting, SpotBugs) run in CI; a deploy build only packages.
MVN_FLAGS ?= -B -q -Dspotless.check.skip=true -Dspotbugs.skip=true
# Python tools (sam, cfn-lint) come from this virtual environment.
VENV ?= .venv
SAM ?= $(VENV)/bin/sam
export SAM_CLI_TELEMETRY ?= 0

ifdef JAVA_HOME
export JAVA_HOME
endif

.DEFAULT_GOAL := help

# lambda_function(<LogicalId>, <Maven module directory>[, <JAR name>])
# Defines build-<LogicalId>. The module's shaded JAR is <module>/target/<JAR name>.jar, by default
# the module's name.
define lambda_function
.PHONY: build-$(1)
build-$(1):
	@test -n "$$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set: run 'sam build', or pass ARTIFACTS_DIR=<dir>" >&2; exit 1; }
	$$(MVNW) $$(MVN_FLAGS) -pl $(2) -am package -DskipTests
	mkdir -p "$$(ARTIFACTS_DIR)/lib"
	cp $(2)/target/$(or $(3),$(notdir $(2))).jar "$$(ARTIFACTS_DIR)/lib/"
endef

# One line per function in infrastructure/template.yaml.
$(eval $(call lambda_function,ThumbnailFunction,functions/thumbnail))
$(eval $(call lambda_function,MetadataFunction,functions/metadata))
$(eval $(call lambda_function,PdfTextFunction,functions/pdf-text))
# SentimentFunction is a container image (functions/sentiment/Dockerfile); SentimentOnnxFunction,
# its zip alternative, is the ONNX Runtime JAR of the same module.
$(eval $(call lambda_function,SentimentOnnxFunction,functions/sentiment,sentiment-onnx))

.PHONY: help build test check-template clean

help:
	@echo "make build           sam build: every function into .aws-sam/build (samconfig.toml)"
	@echo "make test            scripts/test"
	@echo "make check-template  cfn-lint, sam validate --lint, sam build"
	@echo "make clean           remove .aws-sam"

build:
	$(SAM) build

test:
	scripts/test

check-template:
	VENV=$(VENV) scripts/check-template

clean:
	rm -rf .aws-sam
