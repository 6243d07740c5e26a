# SampleApps/Makefile - builds every sample of this SDK (each folder with
# a Makefile); the same variables as one sample's (CPU=, CC=, clean).
SAMPLES := $(patsubst %/Makefile,%,$(sort $(wildcard */Makefile)))

.PHONY: all clean $(SAMPLES)
all: $(SAMPLES)
$(SAMPLES):
	$(MAKE) -C $@ $(filter clean,$(MAKECMDGOALS))
clean: $(SAMPLES)
