/// One compound selector (`div.news[id]`) and how it joins the one before it.
struct CSSStep: Equatable {
    var isChild = false
    var tag = "*"
    var predicates: [String] = []

    var xpath: String { tag + predicates.map { "[\($0)]" }.joined() }
}
