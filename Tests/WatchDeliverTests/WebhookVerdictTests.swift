import Testing
import WatchCore

@testable import WatchDeliver

/// What each format's answer means: only an answer whose own code says success is accepted.
@Suite struct WebhookVerdictTests {
    static func answer(_ body: String, status: Int = 200, headers: [HTTPHeader] = []) -> HTTPResponse {
        HTTPResponse(status: status, finalURL: "http://h/", headers: headers, body: Array(body.utf8))
    }

    @Test func chatRobotsAnswering200WithAnErrorCodeRefuse() {
        let keyword = Self.answer("{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}")
        #expect(
            WebhookVerdict.judge(keyword, format: .dingtalk)
                == .refused(code: 310000, message: "errcode 310000: keywords not in content", pause: nil))
        #expect(WebhookVerdict.judge(Self.answer("{\"errcode\":0,\"errmsg\":\"ok\"}"), format: .wecom) == .accepted)
        #expect(
            WebhookVerdict.judge(Self.answer("{\"code\":19021,\"msg\":\"sign match fail\"}"), format: .feishu)
                == .refused(code: 19021, message: "code 19021: sign match fail", pause: nil))
        #expect(WebhookVerdict.judge(Self.answer("{\"code\":0,\"msg\":\"success\"}"), format: .feishu) == .accepted)
        // Feishu's older API.
        #expect(
            WebhookVerdict.judge(Self.answer("{\"StatusCode\":0,\"StatusMessage\":\"success\"}"), format: .feishu)
                == .accepted)
        // A 200 without the code (a proxy's page, an empty body) is no acceptance.
        #expect(WebhookVerdict.judge(Self.answer("<html>hi</html>"), format: .dingtalk) != .accepted)
        #expect(WebhookVerdict.judge(Self.answer(""), format: .wecom) != .accepted)
    }

    @Test func rateLimitCodesPauseTheWebhook() {
        #expect(
            WebhookVerdict.judge(Self.answer("{\"errcode\":130101,\"errmsg\":\"send too fast\"}"), format: .dingtalk)
                == .refused(code: 130101, message: "errcode 130101: send too fast", pause: WebhookVerdict.dingtalkPause)
        )
        #expect(
            WebhookVerdict.judge(
                Self.answer("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}"), format: .wecom)
                == .refused(
                    code: 45009, message: "errcode 45009: api freq out of limit", pause: WebhookVerdict.defaultPause))
        #expect(
            WebhookVerdict.judge(Self.answer("{\"code\":11232,\"msg\":\"frequency limited\"}"), format: .feishu)
                == .refused(code: 11232, message: "code 11232: frequency limited", pause: WebhookVerdict.defaultPause))
        let limited = Self.answer("rate_limited", status: 429, headers: [HTTPHeader("Retry-After", "30")])
        #expect(
            WebhookVerdict.judge(limited, format: .slack)
                == .refused(code: nil, message: "HTTP 429: rate_limited", pause: .seconds(30)))
    }

    @Test func slackAcceptsOnlyOk() {
        #expect(WebhookVerdict.judge(Self.answer("ok"), format: .slack) == .accepted)
        #expect(
            WebhookVerdict.judge(Self.answer("invalid_payload"), format: .slack)
                == .refused(code: nil, message: "slack: invalid_payload", pause: nil))
    }

    @Test func jsonAcceptsAny2xxAndNothingElse() {
        #expect(WebhookVerdict.judge(Self.answer("whatever", status: 204), format: .json) == .accepted)
        #expect(
            WebhookVerdict.judge(Self.answer("no", status: 500), format: .json)
                == .refused(code: nil, message: "HTTP 500: no", pause: nil))
    }

    @Test func aRedirectIsRefusedNamingItsLocationWithoutCredentials() {
        let moved = Self.answer(
            "", status: 301, headers: [HTTPHeader("Location", "https://h.example/robot?access_token=tok")])
        #expect(
            WebhookVerdict.judge(moved, format: .json)
                == .refused(
                    code: nil, message: "HTTP 301 redirect to https://h.example/robot?access_token=***, not followed",
                    pause: nil))
    }

    @Test func eachChatFormatDefaultsToItsRobotsDocumentedLimit() {
        #expect(WebhookFormat.dingtalk.defaultRate == DeliveryRate(count: 20, period: .seconds(60)))
        #expect(WebhookFormat.wecom.defaultRate == DeliveryRate(count: 20, period: .seconds(60)))
        #expect(WebhookFormat.feishu.defaultRate?.spacing == .milliseconds(600))
        #expect(WebhookFormat.slack.defaultRate?.spacing == .seconds(1))
        #expect(WebhookFormat.json.defaultRate == nil)
        #expect(DeliveryRate(text: "2/s") == DeliveryRate(count: 2, period: .seconds(1)))
        #expect(DeliveryRate(text: "20/min")?.spacing == .seconds(3))
        #expect(
            DeliveryRate(text: "0/s") == nil && DeliveryRate(text: "fast") == nil && DeliveryRate(text: "3/week") == nil
        )
    }
}
