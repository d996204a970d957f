/// `1 source`, `2 sources`: a count with its noun in the right number, for messages.
enum Counted {
    static func text(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
