// The libFuzzer entry for the JSON reader and the decoders of every file kind.
//
// A normal `swift build` builds this as a small program that replays the files named on its command line
// through the same entry (`swift run frontline-fuzz crash-1234`). Built for fuzzing (README, "Fuzzing"),
// `-DFRONTLINE_LIBFUZZER` makes its `main` hand the command line to libFuzzer's driver instead.
import Foundation
import FrontlineLoading

/// Feeds one input to the parser and to the decoder of each file kind. A crash, or a refused file without
/// a positioned error, or a message that quotes too much, stops the fuzzer with the input saved.
@_cdecl("LLVMFuzzerTestOneInput")
public func frontlineFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  var duplicates: [JSONDuplicateKey] = []
  _ = try? JSONParser.parse(bytes, duplicateKeys: &duplicates)
  for path in ["scenarios/fuzz.json", "rubrics/fuzz.json", "rubrics/ladder.json", "rubrics/departments.json"]
  {
    let diagnostics = LibraryLoader.check(bytes, path: path)
    let errors = diagnostics.filter { $0.severity == .error }
    precondition(errors.isEmpty || errors.contains { $0.location != nil }, "an error without a position")
    precondition(diagnostics.allSatisfy { $0.formatted.count < 2_000 }, "a message that quotes too much")
  }
  return 0
}

/// Replays the files named on the command line through the fuzz entry; built for fuzzing, hands the
/// command line to libFuzzer instead.
@main
enum FuzzMain {
  static func main() {
    #if FRONTLINE_LIBFUZZER
      var argc = CommandLine.argc
      var argv = Optional(CommandLine.unsafeArgv)
      exit(libFuzzerRunDriver(&argc, &argv, frontlineFuzzOneInput))
    #else
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("frontline-fuzz: cannot read \(path)\n".utf8))
          exit(1)
        }
        _ = data.withUnsafeBytes { buffer in
          frontlineFuzzOneInput(buffer.bindMemory(to: UInt8.self).baseAddress, buffer.count)
        }
        print("\(path): ok")
      }
    #endif
  }
}

#if FRONTLINE_LIBFUZZER
  /// libFuzzer's driver: `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t))`.
  @_silgen_name("LLVMFuzzerRunDriver")
  func libFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt
#endif
