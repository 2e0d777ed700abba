extension String {
  /// The text of `scalars`, written straight as UTF-8 bytes when they are all ASCII, as the words of
  /// a reply nearly always are.
  @inlinable public init(scalars: some Collection<Unicode.Scalar>) {
    if scalars.allSatisfy(\.isASCII) {
      self.init(unsafeUninitializedCapacity: scalars.count) { buffer in
        for (index, scalar) in scalars.enumerated() { buffer[index] = UInt8(scalar.value) }
        return scalars.count
      }
    } else {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars)
      self.init(view)
    }
  }
}
