// libFuzzer target `explain`: ExplainScanner over a MemoryReader, then all three renderings.
//
// The first byte chooses how many bytes the reader hands out per read: 0xFF means all at
// once, any other value v means v + 1 (1...255). The rest of the input is what is scanned.

/// libFuzzer entry point: scans the input as an EM log in chunks and renders the report.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let chunkSize = data[0] == 0xFF ? Int.max : Int(data[0]) + 1
  var reader = MemoryReader(Array(UnsafeBufferPointer(start: data + 1, count: size - 1)), chunkSize: chunkSize)
  // A MemoryReader cannot fail (its Failure is Never), so the scan does not throw.
  let report = ExplainScanner.scan(&reader)
  let renderer = ExplainRenderer(text: TextRenderer(language: .german))
  consume(renderer.text(report, inputName: "fuzz"))
  consume(renderer.json(report, inputName: "fuzz").text)
  consume(renderer.markdown(report, inputName: "fuzz"))
  return 0
}
