import Testing

@testable import FrontlineLoading

@Suite struct UTF8CheckTests {
  @Test func acceptsJapaneseAndEmoji() {
    #expect(UTF8Check.firstProblem(in: Array("佐藤 花子様 😀 café".utf8)) == nil)
  }

  @Test(arguments: [
    ([0x61, 0xE9, 0x62] as [UInt8], 1),  // Latin-1 é
    ([0x61, 0xC0, 0x80], 1),  // overlong NUL
    ([0xED, 0xA0, 0x80], 0),  // a UTF-16 surrogate
    ([0x61, 0x62, 0xE3, 0x81], 2),  // truncated sequence
  ])
  func findsTheFirstInvalidByte(bytes: [UInt8], offset: Int) {
    #expect(UTF8Check.firstProblem(in: bytes)?.offset == offset)
  }

  @Test func callsFilesWithNULBytesBinary() {
    #expect(
      UTF8Check.firstProblem(in: [0x89, 0x50, 0x00])?.message == "this is a binary file, not JSON text")
  }
}
