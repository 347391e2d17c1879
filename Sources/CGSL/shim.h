// The parts of the GNU Scientific Library that vpcsim uses.
#ifndef VPCSIM_CGSL_SHIM_H
#define VPCSIM_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_sort_double.h>
#include <gsl/gsl_math.h>

// GSL's generator types are mutable C globals, which Swift 6 refuses to read as
// "not concurrency-safe". These accessors return the (never mutated) type descriptors.
static inline const gsl_rng_type *vpcsim_rng_mt19937(void) { return gsl_rng_mt19937; }
static inline const gsl_rng_type *vpcsim_rng_ranlxd2(void) { return gsl_rng_ranlxd2; }
static inline const gsl_rng_type *vpcsim_rng_taus2(void) { return gsl_rng_taus2; }

// A hint that the cache line at `address` will be read soon (`Prefetch`): it never faults
// and changes no result.
static inline void vpcsim_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
