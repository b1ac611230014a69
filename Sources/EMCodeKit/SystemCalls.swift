#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Thin wrappers, so that types with methods named `read`, `open` or `close` can call the C functions.

/// `open(2)` for reading.
func posixOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
/// `read(2)`.
func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
/// `write(2)`.
func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
/// `close(2)`.
func posixClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
