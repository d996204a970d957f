import WatchCore

/// A short plain-text summary of an article: the start of its body.
enum Summary {
    /// The body's first `length` characters on one line (paragraphs and line breaks become single
    /// spaces), with `…` when cut. Reads only as far as it needs: bodies can be long.
    static func of(_ article: DeliveredArticle, length: Int) -> String {
        var out = ""
        var count = 0
        for paragraph in article.paragraphs {
            var pendingSpace = !out.isEmpty
            for character in paragraph {
                if character.isNewline {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace {
                    if count == length { return out + "…" }
                    out.append(" ")
                    count += 1
                    pendingSpace = false
                }
                if count == length { return out + "…" }
                out.append(character)
                count += 1
            }
        }
        return out
    }
}
