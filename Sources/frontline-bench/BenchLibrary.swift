import FrontlineLoading
import FrontlineModel

/// Reads what benchmarks need from the library.
enum BenchLibrary {
  static func ladder(at path: String) -> Ladder? {
    LibraryLoader.load(paths: [path]).library.ladder
  }
}
