/// When the numbers of two near-identical texts allow them to be one article.
///
/// The rule: the sequences are equal, or the shorter one equals the longer one with at most
/// `maximumEdgeExtras` numbers removed from its start and/or end. The tolerance is for a date
/// line or a footer that one copy's extraction kept (seed 004 carries `2015-08-21` above the
/// body: three numbers). A number changed or inserted in the middle of the text always
/// disagrees: that is the May against the June statistics release, whatever else is alike.
enum NumberAgreement {
    /// A date line (year, month, day) at the start or the end.
    static let maximumEdgeExtras = 3

    static func agree<Number: Equatable>(_ first: [Number], _ second: [Number]) -> Bool {
        let (shorter, longer) = first.count <= second.count ? (first, second) : (second, first)
        let extras = longer.count - shorter.count
        guard extras <= maximumEdgeExtras else { return false }
        for dropped in 0...extras where longer[dropped..<(dropped + shorter.count)].elementsEqual(shorter) {
            return true
        }
        return false
    }
}

extension NumberAgreement {
    /// The numbers of a text and of one that contains it (or lies inside it): the shorter
    /// sequence occurs in a row within the longer. Extras on either side are the added header,
    /// footer or note (a date, a phone number); a number changed inside the common text disagrees.
    static func contained<Number: Equatable>(_ first: [Number], _ second: [Number]) -> Bool {
        let (shorter, longer) = first.count <= second.count ? (first, second) : (second, first)
        guard !shorter.isEmpty else { return true }
        for start in 0...(longer.count - shorter.count)
        where longer[start..<(start + shorter.count)].elementsEqual(shorter) {
            return true
        }
        return false
    }
}
