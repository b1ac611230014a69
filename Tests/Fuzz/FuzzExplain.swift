// libFuzzer target `explain`: ExplainScanner over a MemoryReader, then every rendering.
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
  consume(renderer.text(report))
  consume(renderer.json(report).text)
  consume(renderer.markdown(report))
  let bySubject = ExplainRenderer(text: TextRenderer(language: .english), by: .device)
  consume(bySubject.text(report))
  consume(bySubject.markdown(report))
  return 0
}
