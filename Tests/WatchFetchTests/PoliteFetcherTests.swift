import Foundation
import Testing
import WatchCore
import WatchFetch
import WatchTesting

/// The fetcher over a real libcurl transport and a real server: conditional GET, retries,
/// Retry-After and failures as data.
@Suite struct PoliteFetcherTests {
    @Test func okAnswerIsFetched() async throws {
        let server = try LoopbackHTTPServer { _ in .text("<p>news</p>") }
        defer { server.stop() }
        let outcome = await makeFetcher().fetch(url: server.baseURL + "/list", source: testSource())
        let response = try #require(outcome.response)
        #expect(response.status == 200)
        #expect(response.body == bytes("<p>news</p>"))
    }

    @Test func etagCycleEndsInNotModified() async throws {
        let server = try LoopbackHTTPServer { request in
            if request.header("If-None-Match") == "\"v1\"" { return .response(status: 304) }
            return .text("<p>v1</p>", headers: [("ETag", "\"v1\"")])
        }
        defer { server.stop() }
        let store = InMemoryValidatorStore()
        let fetcher = makeFetcher(validators: store)
        let url = server.baseURL + "/list"
        let first = await fetcher.fetch(url: url, source: testSource())
        #expect(first.response?.body == bytes("<p>v1</p>"))
        #expect(try await store.validators(for: url) == Validators(etag: "\"v1\""))
        let second = await fetcher.fetch(url: url, source: testSource())
        guard case .notModified = second else {
            Issue.record("expected notModified, got \(second)")
            return
        }
        #expect(server.requests.map { $0.header("If-None-Match") } == [nil, "\"v1\""])
    }

    @Test func lastModifiedCycleEndsInNotModified() async throws {
        let stamp = "Sat, 21 Nov 2026 08:00:00 GMT"
        let server = try LoopbackHTTPServer { request in
            if request.header("If-Modified-Since") == stamp { return .response(status: 304) }
            return .text("<p>page</p>", headers: [("Last-Modified", stamp)])
        }
        defer { server.stop() }
        let fetcher = makeFetcher()
        let url = server.baseURL + "/page"
        #expect(await fetcher.fetch(url: url, source: testSource()).response != nil)
        guard case .notModified = await fetcher.fetch(url: url, source: testSource()) else {
            Issue.record("the second fetch was not a 304")
            return
        }
        #expect(server.requests.last?.header("If-Modified-Since") == stamp)
    }

    @Test func validatorsAreSavedFromOKAnswersOnly() async throws {
        let server = try LoopbackHTTPServer { _ in
            .text("gone", status: 404, headers: [("ETag", "\"error-page\"")])
        }
        defer { server.stop() }
        let store = InMemoryValidatorStore()
        let url = server.baseURL + "/missing"
        let outcome = await makeFetcher(validators: store).fetch(url: url, source: testSource())
        #expect(outcome.error?.kind == .http)
        #expect(outcome.error?.status == 404)
        #expect(try await store.validators(for: url) == nil)
        #expect(server.requests.count == 1) // a 404 is not retried
    }

    @Test func tooManyRequestsHonoursRetryAfter() async throws {
        let hits = HitCounter()
        let server = try LoopbackHTTPServer { request in
            hits.next(request.path) == 1
                ? .text("slow down", status: 429, headers: [("Retry-After", "1")])
                : .text("<p>fine</p>")
        }
        defer { server.stop() }
        let outcome = await makeFetcher().fetch(url: server.baseURL + "/", source: testSource())
        #expect(outcome.response?.body == bytes("<p>fine</p>"))
        let gaps = arrivalGaps(server.requests)
        #expect(gaps.count == 1)
        #expect(gaps.allSatisfy { $0 >= 1.0 }, "gaps: \(gaps)") // the 10 ms backoff alone would not
    }

    @Test func serviceUnavailableThenOKIsRetried() async throws {
        let hits = HitCounter()
        let server = try LoopbackHTTPServer { request in
            hits.next(request.path) == 1 ? .text("busy", status: 503) : .text("<p>back</p>")
        }
        defer { server.stop() }
        let outcome = await makeFetcher().fetch(url: server.baseURL + "/", source: testSource())
        #expect(outcome.response?.body == bytes("<p>back</p>"))
        #expect(server.requests.count == 2)
    }

    @Test func persistentServerErrorFailsAfterThreeRetries() async throws {
        let server = try LoopbackHTTPServer { _ in .text("broken", status: 500) }
        defer { server.stop() }
        let outcome = await makeFetcher().fetch(url: server.baseURL + "/", source: testSource())
        #expect(outcome.error?.kind == .http)
        #expect(outcome.error?.status == 500)
        #expect(server.requests.count == 4)
        // Exponential: each wait at least half of 10, 20, 40 ms.
        let gaps = arrivalGaps(server.requests)
        #expect(zip(gaps, [0.005, 0.010, 0.020]).allSatisfy { $0 >= $1 }, "gaps: \(gaps)")
    }

    @Test func longRetryAfterIsHandedToTheCaller() async throws {
        let server = try LoopbackHTTPServer { _ in .text("later", status: 503, headers: [("Retry-After", "3600")]) }
        defer { server.stop() }
        let outcome = await makeFetcher().fetch(url: server.baseURL + "/", source: testSource())
        guard case .failed(let error, let retryAfter) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(error.status == 503)
        #expect(retryAfter == .seconds(3600))
        #expect(server.requests.count == 1) // not sat out inside the poll
    }

    @Test func connectionRefusedIsRetriedThenReported() async throws {
        let refusing = try RefusingPort()
        let outcome = await makeFetcher().fetch(url: refusing.baseURL + "/", source: testSource())
        #expect(outcome.error?.kind == .connect, "\(outcome)")
    }

    @Test func bodyOverTheCapFailsWithoutRetry() async throws {
        let server = try LoopbackHTTPServer { _ in .response(status: 200, body: [UInt8](repeating: 66, count: 4096)) }
        defer { server.stop() }
        let outcome = await makeFetcher(maxBodyBytes: 1024).fetch(url: server.baseURL + "/", source: testSource())
        #expect(outcome.error?.kind == .tooLarge)
        #expect(server.requests.count == 1)
    }
}
