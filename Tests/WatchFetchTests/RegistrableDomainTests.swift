import Testing
import WatchFetch

/// What "the same site" means for redirects and script stubs.
@Suite struct RegistrableDomainTests {
    @Test func chinaSecondLevelSuffixesKeepThreeLabels() {
        #expect(RegistrableDomain.of(host: "www.spb.gov.cn") == "spb.gov.cn")
        #expect(RegistrableDomain.of(host: "SH.SPB.GOV.CN.") == "spb.gov.cn")
        #expect(RegistrableDomain.of(host: "news.sina.com.cn") == "sina.com.cn")
        #expect(RegistrableDomain.of(host: "www.txyddy.org.cn") == "txyddy.org.cn")
        #expect(RegistrableDomain.of(host: "www.56tim.com") == "56tim.com")
        #expect(RegistrableDomain.of(host: "127.0.0.1") == "127.0.0.1")
    }

    @Test func sameSiteComparesRegistrableDomainsOfURLs() {
        #expect(RegistrableDomain.sameSite("https://www.spb.gov.cn/a", "http://sh.spb.gov.cn:8080/b?x=1"))
        #expect(!RegistrableDomain.sameSite("https://www.spb.gov.cn/a", "https://www.gov.cn/b"))
        #expect(!RegistrableDomain.sameSite("https://spb.gov.cn.evil.example/a", "https://www.spb.gov.cn/"))
        #expect(!RegistrableDomain.sameSite("http://127.0.0.1:80/a", "http://localhost:80/a"))
        // A JSON source's URL template is read too.
        #expect(
            RegistrableDomain.sameSite(
                "https://www.spb.gov.cn/common/search/x?page={page}", "https://www.spb.gov.cn/p.shtml"))
        #expect(!RegistrableDomain.sameSite("not a url", "https://www.spb.gov.cn/"))
    }
}
