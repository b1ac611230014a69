// The system zlib, for reading gzip-compressed traces (`emcode --explain trace.log.gz`).
// EMCodeCLI imports it as CZlib; EMCodeKit does not, so the library stays standard-library only.
#include <zlib.h>

// inflateInit2 is a macro, which Swift cannot call: this starts a stream that reads gzip only
// (window bits 15 + 16), the format `gzip`, `file get activelog ... compress` and RTMT write.
static inline int czlib_inflate_init_gzip(z_streamp stream) {
  return inflateInit2(stream, 15 + 16);
}
