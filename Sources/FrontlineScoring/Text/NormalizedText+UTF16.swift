extension NormalizedText {
  /// The normalised text in UTF-16, as ICU reads it.
  var utf16: [UInt16] {
    var units: [UInt16] = []
    units.reserveCapacity(scalars.count)
    for scalar in scalars {
      if scalar.value < 0x10000 {
        units.append(UInt16(scalar.value))
      } else {
        units.append(contentsOf: UTF16.encode(scalar)!)
      }
    }
    return units
  }

  /// The scalar offset of a UTF-16 offset into ``utf16``, counting on from a known pair of offsets.
  static func scalarOffset(
    utf16 offset: Int, in units: [UInt16], from known: (utf16: Int, scalar: Int) = (0, 0)
  ) -> Int {
    var position = known.utf16
    var scalar = known.scalar
    while position < offset {
      position += UTF16.isLeadSurrogate(units[position]) ? 2 : 1
      scalar += 1
    }
    return scalar
  }
}
