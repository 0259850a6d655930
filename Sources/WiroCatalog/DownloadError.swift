import Foundation
import WiroHTTP
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a request got no response at all, after every attempt.
public enum DownloadError: Error, Sendable, CustomStringConvertible {
    /// No response within the timeout.
    case timedOut(URL, attempts: Int)
    /// The connection broke before the whole body arrived.
    case cutOff(URL, attempts: Int)
    /// No connection could be made, or it failed otherwise.
    case unreachable(URL, reason: String, attempts: Int)

    /// What happened, naming the URL, without the count of attempts.
    public var reason: String {
        switch self {
        case .timedOut(let url, _): "\(url.absoluteString): no response in time"
        case .cutOff(let url, _): "\(url.absoluteString): the download was cut off before its end"
        case .unreachable(let url, let reason, _): "\(url.absoluteString): \(reason)"
        }
    }

    /// What happened, naming the URL and the attempts.
    public var description: String {
        switch self {
        case .timedOut(_, let attempts), .cutOff(_, let attempts), .unreachable(_, _, let attempts): "\(reason) (\(Self.tries(attempts)))"
        }
    }

    /// The same failure, counted over `attempts` attempts.
    func after(attempts: Int) -> DownloadError {
        switch self {
        case .timedOut(let url, _): .timedOut(url, attempts: attempts)
        case .cutOff(let url, _): .cutOff(url, attempts: attempts)
        case .unreachable(let url, let reason, _): .unreachable(url, reason: reason, attempts: attempts)
        }
    }

    private static func tries(_ count: Int) -> String { count == 1 ? "1 attempt" : "\(count) attempts" }
}
