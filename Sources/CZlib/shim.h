// zlib (Debian's zlib1g-dev), for reading gzip-compressed VPC Flow Logs files.
#ifndef VPCSIM_CZLIB_SHIM_H
#define VPCSIM_CZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 is a macro (it passes ZLIB_VERSION and the stream's size), which Swift cannot
// call: this wrapper can. windowBits 15 + 32 reads a gzip or zlib header, as the caller asks.
static inline int vpcsim_inflate_init2(z_stream *stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

#endif
