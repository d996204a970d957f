import Testing
import WatchCore

@Suite struct SecretRedactionTests {
    @Test(arguments: [
        (
            "https://oapi.dingtalk.com/robot/send?access_token=abc123",
            "https://oapi.dingtalk.com/robot/send?access_token=***"
        ),
        (
            "http://user:pa55@host:8080/x?page=2&api_key=k&sign=s#top",
            "http://***@host:8080/x?page=2&api_key=***&sign=***#top"
        ),
        (
            "GET https://h/p?Secret=1 failed (http://h/q?keyword=a&x=1)",
            "GET https://h/p?Secret=*** failed (http://h/q?keyword=***&x=1)"
        ),
        ("HTTP 500 from http://127.0.0.1:80/list.html?page=1", "HTTP 500 from http://127.0.0.1:80/list.html?page=1"),
        ("no url here: key=value", "no url here: key=value"),
    ])
    func credentialsInURLsAreMasked(input: String, expected: String) {
        #expect(SecretRedaction.redact(input) == expected)
    }
}
