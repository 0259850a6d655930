import ArgumentParser
import Foundation
import WiroCatalog
import WiroHTTP

/// Where Wiro is and how patiently to talk to it: the options of `search`, `fetch` and
/// `update`. The URLs default to `WIRO_DOCS_URL` / `WIRO_API_URL` when set, so a proxy or a
/// test server can stand in for Wiro without changing a command.
struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Where the tool documents are served (default: $WIRO_DOCS_URL, else https://wiro.ai).", valueName: "url"))
    var docsURL: String?

    @Option(help: ArgumentHelp("Wiro's API root (default: $WIRO_API_URL, else https://api.wiro.ai/v1).", valueName: "url"))
    var apiURL: String?

    @Option(help: ArgumentHelp("Seconds to wait for each response.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(help: "Times to try a request again after a 429, a 5xx, a timeout or a broken connection.")
    var retries = 3

    func validate() throws {
        for (name, value) in [("--docs-url", docsURL), ("--api-url", apiURL)] {
            if let value, Self.url(value) == nil { throw ValidationError("\(name): '\(value)' is not an http(s) URL") }
        }
        if !(timeout > 0) { throw ValidationError("--timeout must be more than 0 seconds") }
        if retries < 0 { throw ValidationError("--retries cannot be negative") }
    }

    /// The documents' base URL.
    var docsBase: URL { Self.url(docsURL ?? Self.environment("WIRO_DOCS_URL") ?? "https://wiro.ai")! }

    /// The API root.
    var apiBase: URL { Self.url(apiURL ?? Self.environment("WIRO_API_URL") ?? "https://api.wiro.ai/v1")! }

    /// The project's API key (`WIRO_API_KEY`), when set.
    var apiKey: String? { Self.environment("WIRO_API_KEY") }

    /// A client that reports each retry on standard error.
    var client: HTTPClient {
        let policy = DownloadPolicy(timeout: .milliseconds(Int64(timeout * 1000)), retry: WiroRetryPolicy(maxAttempts: retries + 1, jitter: 0))
        return HTTPClient(policy: policy) { DiagnosticPrinter.say("wiro-gen: \($0)") }
    }

    private static func environment(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func url(_ text: String) -> URL? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            return nil
        }
        return url
    }
}
