// Shared by the fuzz harnesses in this folder. Not part of any SwiftPM target: run.sh compiles
// each harness together with the package's sources into one libFuzzer binary.

/// Keeps a value alive so that the optimiser cannot drop the call that made it.
@inline(never) @_optimize(none)
func consume<T>(_ value: T) {
  withExtendedLifetime(value) {}
}

/// The fuzz input as an array of bytes.
func fuzzBytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
  Array(UnsafeBufferPointer(start: data, count: size))
}
