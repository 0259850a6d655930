import Foundation
import WiroHTTP
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How downloads behave: how long one may take, how they are tried again, and how many run
/// at once.
public struct DownloadPolicy: Sendable {
    /// The longest wait for a response (and between two parts of it).
    public var timeout: Duration
    /// How a failed download is tried again: Wiro's one retry policy (`Retry-After` honoured).
    public var retry: WiroRetryPolicy
    /// Downloads running at once: few, to be kind to wiro.ai.
    public var concurrency: Int

    /// A policy; the defaults wait 30 s per request and try each 4 times, after 0.5 s, 1 s and
    /// 2 s (no jitter: a person reads the waits, and a handful of downloads cannot swamp a site).
    public init(timeout: Duration = .seconds(30), retry: WiroRetryPolicy = WiroRetryPolicy(jitter: 0), concurrency: Int = 4) {
        self.timeout = timeout
        self.retry = retry
        self.concurrency = max(1, concurrency)
    }
}
