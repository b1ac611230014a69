import EMCodeKit
import Testing

@testable import EMCodeCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a failed read or write says: in words of the run's language, never a bare number (L7).
struct ErrnoTests {
  #if !os(Windows)
    @Test(arguments: [
      ENOENT, EACCES, EPERM, EISDIR, ENOTDIR, ELOOP, ENAMETOOLONG, EIO, EBADF, ENOSPC, EFBIG, EPIPE, EROFS, EMFILE,
      ENFILE, ENOMEM, ENXIO, ENODEV, EINVAL, ETXTBSY, EOVERFLOW, EAGAIN, EDQUOT, ESTALE, ETIMEDOUT, ECONNRESET,
      ENOTCONN, EHOSTUNREACH, ENOLCK,
    ])
    func failuresAFileCanMeetHaveWordsInBothLanguages(_ code: Int32) {
      let error = Platform.Errno(rawValue: code)
      let german = error.description(in: .german)
      let english = error.description(in: .english)
      #expect(!german.hasPrefix("Systemfehler") && !german.contains(String(code)), "\(code): \(german)")
      #expect(!english.isEmpty && english != german, "\(code): \(english)")
    }
  #endif

  @Test func anyOtherFailureIsStillNamed() {
    let error = Platform.Errno(rawValue: 9999)
    #expect(error.description(in: .german) == "Systemfehler 9999")
    #expect(!error.description(in: .english).isEmpty)
  }
}
