/* The SDK's version: the one place it is written (the Makefile reads it too). */
#ifndef SLQS_CORE_VERSION_H
#define SLQS_CORE_VERSION_H

#define SLQS_VERSION "0.1.0"

#endif
