import LibXML

extension ListPageExtractor {
    /// A field only a login or bot wall asks for.
    static let wallFieldXPath =
        "//input[@type='password' or contains(translate(@name, 'CAPTCHA', 'captcha'), 'captcha')] | //img[contains(@alt, '验证码')]"

    /// What a first list page that answered 200 with no body at all is.
    public static let emptyPageReason = ListPageError.emptyPage.description

    /// Why a first list page that answered 200 is not a list, or `nil` when it is one: a login or
    /// captcha wall (a password or captcha field and no dated link: real list rows carry dates),
    /// or no article row at all, with the page's `diagnosis`. Such a page fails the poll as
    /// `.content`, so a source whose site now serves a wall shows up as failing instead of
    /// quietly empty.
    public func diagnosis(of document: HTMLDocument, page: ListPage) -> ListPageError? {
        if !page.items.isEmpty {
            guard !page.items.contains(where: { $0.date != nil }),
                let evidence = ListPageDiagnosis.wallEvidence(in: document, allowPhrases: false)
            else { return nil }
            return .wall(evidence: evidence)
        }
        return page.diagnosis ?? .noLinks
    }

    /// `diagnosis(of:page:)` as a message.
    public func refusal(of document: HTMLDocument, page: ListPage) -> String? {
        diagnosis(of: document, page: page)?.description
    }
}
