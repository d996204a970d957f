import LibXML

extension ListPageExtractor {
    /// A field only a login or bot wall asks for.
    static let wallFieldXPath =
        "//input[@type='password' or contains(translate(@name, 'CAPTCHA', 'captcha'), 'captcha')] | //img[contains(@alt, '验证码')]"

    /// What a first list page that answered 200 with no body at all is.
    public static let emptyPageReason = "the list page is empty (200 with no body)"

    /// Why a first list page that answered 200 is not a list, or `nil` when it is one: a login or captcha wall (a password or captcha field and no dated link: real list
    /// rows carry dates), or no article link at all. Such a page fails the poll as `.content`,
    /// so a source whose site now serves a wall shows up as failing instead of quietly empty.
    public func refusal(of document: HTMLDocument, page: ListPage) -> String? {
        let hasWallField = !((try? document.select(Self.wallFieldXPath)) ?? []).isEmpty
        if hasWallField && !page.items.contains(where: { $0.date != nil }) {
            return "the list page is a login or captcha wall, not a list"
        }
        if page.items.isEmpty { return "no article links on the list page" }
        return nil
    }
}
