import FrontlineModel

/// Decodes a scenario's or step's `house` and `houseExcept`: whether the house rubrics score it.
enum HouseUseDecoder {
  static func decode(_ reader: ObjectReader) -> HouseUse {
    let house = reader.bool("house")
    let except = reader.strings("houseExcept", nonEmpty: false)?.map(\.value)
    if house == true {
      reader.context.warning(
        "'house': true is the default; only 'house': false changes anything", at: reader.keyOffset("house"),
        path: reader.path.appending("house"))
    }
    if house == false {
      if except != nil {
        reader.context.warning(
          "'houseExcept' has no effect with 'house': false", at: reader.keyOffset("houseExcept"),
          path: reader.path.appending("houseExcept"))
      }
      return .none
    }
    return except.map(HouseUse.except) ?? .inherit
  }
}
