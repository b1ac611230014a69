import Testing

@testable import EMCodeKit

/// The word-at-a-time letter test agrees with the byte test for every byte, in every lane,
/// whatever its neighbours (a carry must not leak from one lane into the next).
struct ASCIITests {
  @Test(arguments: [UInt8(0x00), 0x7F, 0x80, 0xFF, UInt8(ascii: "z"), UInt8(ascii: "@")])
  func letterBitsAgreeWithIsLetter(_ neighbour: UInt8) {
    for byte in UInt8.min...UInt8.max {
      for lane in 0..<8 {
        var bytes = [UInt8](repeating: neighbour, count: 8)
        bytes[lane] = byte
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        let bit = ASCII.letterBits(word) >> UInt64(8 * lane + 7) & 1 == 1
        #expect(bit == ASCII.isLetter(byte), "byte \(byte) in lane \(lane) beside \(neighbour)")
      }
    }
  }
}
