extension ListPageExtractor {
    /// The URLs of the first `count` pages of a list, predicted from the URL of its first page
    /// for the bureaus' two CMS families: `common_list.shtml`, `common_list_2.shtml`, … and
    /// TRS `index.html`, `index_1.html`, …. For any other URL only the first page is known
    /// (follow `ListPage.nextPageURL` instead). Use it when a page's pager is drawn by a script
    /// this extractor does not read.
    public func pageURLs(firstPage: String, count: Int) -> [String] {
        guard count > 1, ListPagination.pageURL(firstPage, number: 2) != nil else {
            return count > 0 ? [firstPage] : []
        }
        return (1...count).compactMap { ListPagination.pageURL(firstPage, number: $0) }
    }
}
