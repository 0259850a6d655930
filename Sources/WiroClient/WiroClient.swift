import Foundation
import Logging
@_exported import WiroHTTP
import WiroRuntime

/// Runs generated Wiro requests: signs them, sends them as JSON or multipart, and follows the
/// task to its end.
///
/// ```swift
/// let client = WiroClient(apiKey: key, apiSecret: secret)
/// let task = try await client.runAndWait(PixVerse.TextToVideoV4_5(prompt: "A fox in the snow"))
/// for output in task.outputs { print(output.url!) }
/// ```
///
/// Start a task with ``run(_:options:)``, follow it with ``events(for:options:)`` (or both at
/// once with ``runAndWait(_:options:following:onEvent:)``), look it up with ``task(for:)``,
/// stop it with `cancel(_:)` or `kill(_:)`.
public struct WiroClient: Sendable {
    /// Wiro's documented API root.
    public static let defaultBaseURL = URL(string: "https://api.wiro.ai/v1")!
    /// Wiro's documented socket server, for task events.
    public static let defaultSocketURL = URL(string: "wss://socket.wiro.ai/v1")!

    /// The API root requests go to (`…/Run/<tool>`, `…/Task/Detail`, …).
    public let baseURL: URL
    /// How failed calls are retried.
    public var retryPolicy: WiroRetryPolicy
    /// How tasks are polled, when they are (and how long the socket may be silent).
    public var polling: WiroPolling
    /// Where task events come from (``events(for:options:)``); `nil` follows tasks by polling only.
    public var socketURL: URL?
    /// How long one HTTP call may take.
    public var requestTimeout: Duration
    /// Where the client logs (nothing by default); never the secret, never headers.
    public var logger: Logger
    /// Where pauses and deadlines take their time from: the system's clock, unless a test
    /// gives another (WiroTesting's makes them take no real time).
    public var clock: any WiroClock = WiroSystemClock()

    private let credentials: WiroCredentials
    private let transport: any WiroTransport
    let socketTransport: any WiroSocketTransport
    private let nonce: @Sendable () -> String

    /// A client for one Wiro project.
    ///
    /// - Parameters:
    ///   - apiKey: the project's API key, sent as `x-api-key`.
    ///   - apiSecret: the project's secret, for signature auth; `nil` for API-key-only projects.
    ///   - baseURL: the API root; override it for a proxy or a test server.
    ///   - transport: how HTTP is sent; URLSession unless you bring another.
    ///   - socketURL: Wiro's socket server; `nil` to follow tasks by polling only.
    ///   - socketTransport: how the socket is opened; the platform's WebSocket unless you bring
    ///     another (on Linux without the `NIOWebSocket` trait there is none, and tasks are polled).
    ///   - retryPolicy: which failed calls are tried again, and how long to wait between tries.
    ///   - polling: how often Task/Detail is asked while a task is followed by polling.
    ///   - requestTimeout: how long one HTTP call may take.
    ///   - logger: where the client logs (nothing by default); never the secret, never headers.
    ///   - nonce: the `x-nonce` of each call; Unix time in milliseconds by default.
    public init(
        apiKey: String,
        apiSecret: String? = nil,
        baseURL: URL = WiroClient.defaultBaseURL,
        transport: any WiroTransport = WiroURLSessionTransport(),
        socketURL: URL? = WiroClient.defaultSocketURL,
        socketTransport: any WiroSocketTransport = WiroDefaultSocketTransport(),
        retryPolicy: WiroRetryPolicy = WiroRetryPolicy(),
        polling: WiroPolling = WiroPolling(),
        requestTimeout: Duration = .seconds(60),
        logger: Logger = Logger(label: "wiro.client", factory: { _ in SwiftLogNoOpLogHandler() }),
        nonce: @escaping @Sendable () -> String = { String(Int64(Date().timeIntervalSince1970 * 1000)) }
    ) {
        credentials = WiroCredentials(apiKey: apiKey, apiSecret: apiSecret?.isEmpty == true ? nil : apiSecret)
        self.baseURL = baseURL
        self.transport = transport
        self.socketURL = socketURL
        self.socketTransport = socketTransport
        self.retryPolicy = retryPolicy
        self.polling = polling
        self.requestTimeout = requestTimeout
        self.logger = logger
        self.nonce = nonce
    }

    /// The tool's Run endpoint under ``baseURL``: the document's `…/v1/Run/Owner/tool` with its
    /// root swapped, so a proxy or a test server receives it too.
    func runURL(for tool: WiroTool) -> URL {
        let path = tool.endpoint.path
        guard let run = path.range(of: "/Run/") else { return tool.endpoint }
        return baseURL.appendingPathComponent(String(path[run.lowerBound...].dropFirst()))
    }

    // MARK: Sending

    /// Sends one call, signed afresh for every attempt, retrying as ``retryPolicy`` allows;
    /// `repeatable` says whether repeating it after it may have arrived is harmless.
    func send(to url: URL, body: RunBody, repeatable: Bool) async throws -> WiroHTTPResponse {
        var attempt = 1
        while true {
            try Task.checkCancellation()
            var headers = credentials.headers(nonce: nonce())
            headers["Content-Type"] = body.contentType
            headers["User-Agent"] = "WiroClient/\(WiroGenVersion.current)"
            let request = WiroHTTPRequest(url: url, headers: headers, body: body.data, timeout: requestTimeout)
            logger.debug("wiro request", metadata: ["url": "\(url.absoluteString)", "attempt": "\(attempt)"])
            let outcome: Result<WiroHTTPResponse, any Error>
            do {
                outcome = .success(try await transport.send(request))
            } catch let error as CancellationError {
                throw error
            } catch {
                outcome = .failure(error)
            }
            let retry = shouldRetry(outcome, repeatable: repeatable)
            if retry, attempt < retryPolicy.maxAttempts {
                let serverAsked = WiroRetryPolicy.retryAfter(try? outcome.get().headers["retry-after"])
                let delay = retryPolicy.delay(beforeRetry: attempt, serverAsked: serverAsked)
                logger.info("wiro retry", metadata: ["url": "\(url.absoluteString)", "attempt": "\(attempt)", "delay": "\(delay)"])
                try await clock.sleep(for: delay)
                attempt += 1
                continue
            }
            switch outcome {
            case .success(let response):
                logger.debug("wiro response", metadata: ["url": "\(url.absoluteString)", "status": "\(response.status)"])
                try ResponseReader.checkErrors(response)
                return response
            case .failure(let error as WiroTransportError):
                throw WiroClientError.transport(error)
            case .failure(let error):
                throw WiroClientError.transport(.failed("\(error)"))
            }
        }
    }

    private func shouldRetry(_ outcome: Result<WiroHTTPResponse, any Error>, repeatable: Bool) -> Bool {
        switch outcome {
        case .success(let response):
            if response.status == 429 { return true }
            return repeatable && WiroRetryPolicy.isRetryable(status: response.status)
        case .failure(WiroTransportError.notSent):
            return true
        case .failure:
            return repeatable
        }
    }
}

extension WiroClient: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The base URL and the auth mode; never the secret, and only the key's first characters.
    public var description: String {
        let key = credentials.apiKey.count > 4 ? "\(credentials.apiKey.prefix(4))…" : "…"
        return "WiroClient(baseURL: \(baseURL.absoluteString), apiKey: \(key), auth: \(credentials.apiSecret == nil ? "API key" : "signature"))"
    }

    /// As ``description``.
    public var debugDescription: String { description }

    /// What `dump` and debuggers show: no credentials.
    public var customMirror: Mirror {
        Mirror(self, children: ["baseURL": baseURL, "auth": credentials.apiSecret == nil ? "API key" : "signature"], displayStyle: .struct)
    }
}
