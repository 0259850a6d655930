import Foundation
import WiroRuntime

/// How ``WiroClient/run(_:options:)`` starts a task.
public struct WiroRunOptions: Sendable {
    /// Where Wiro posts the finished task (`callbackUrl`); `nil` for none.
    public var callbackURL: URL?
    /// Whether the request is checked against its document's rules first.
    public var validation: WiroValidation
    /// What to do when Wiro refuses the run at the concurrent task limit (code 96).
    public var atTaskLimit: WiroTaskLimitPolicy

    /// Options; by default: no callback, rules enforced, a refusal at the task limit thrown.
    public init(callbackURL: URL? = nil, validation: WiroValidation = .enforce, atTaskLimit: WiroTaskLimitPolicy = .fail) {
        self.callbackURL = callbackURL
        self.validation = validation
        self.atTaskLimit = atTaskLimit
    }
}

/// Whether ``WiroClient/run(_:options:)`` checks a request against its document's rules
/// before sending it.
public enum WiroValidation: Sendable, Hashable {
    /// Check, and send nothing when a rule is broken (the default).
    case enforce
    /// Send even when rules are broken, logging each broken rule: for a rule the document
    /// states but Wiro does not hold to.
    case skip
}

/// What a run does when Wiro answers that the project runs as many tasks as its balance allows
/// (code 96). Such a refusal started nothing, so trying again is safe.
public enum WiroTaskLimitPolicy: Sendable, Hashable {
    /// Throw the refusal (`WiroAPIError.Reason.concurrentTaskLimit(limit:)`) at once.
    case fail
    /// Try again, pausing as ``WiroClient/polling`` says, until a task slot frees or `upTo`
    /// has passed (then the last refusal is thrown). Each wait is logged.
    case waitForSlot(upTo: Duration)
}

extension WiroClient {
    /// Validates the request, then starts it: nothing is sent when it breaks a rule of its
    /// tool's document (the `WiroValidationError` is thrown instead), unless
    /// `options.validation` is ``WiroValidation/skip``.
    ///
    /// Throws ``WiroClientError/api(_:)`` when Wiro refuses; at the concurrent task limit it
    /// waits for a slot first when `options.atTaskLimit` asks for it.
    public func run<Request: WiroRequest>(_ request: Request, options: WiroRunOptions = WiroRunOptions()) async throws -> WiroRun {
        try check(request, options.validation)
        let body = try RunBody.make(request, callbackURL: options.callbackURL)
        let url = runURL(for: Request.tool)
        let start = clock.now
        var waits = 0
        while true {
            do {
                let response = try await send(to: url, body: body, repeatable: false)
                return try ResponseReader.decode(RunEnvelope.self, from: response).run
            } catch WiroClientError.api(let refusal) {
                guard case .concurrentTaskLimit(let limit) = refusal.reason, case .waitForSlot(let most) = options.atTaskLimit else {
                    throw WiroClientError.api(refusal)
                }
                let left = start + most - clock.now
                guard left > .zero else { throw WiroClientError.api(refusal) }
                let pause = min(polling.pause(after: waits), left)
                logger.notice("wiro concurrent task limit reached; waiting for a slot", metadata: [
                    "tool": "\(Request.tool.id)", "limit": "\(limit.map(String.init) ?? "?")", "pause": "\(pause)",
                ])
                try await clock.sleep(for: pause)
                waits += 1
            }
        }
    }

    /// Throws when the request breaks its rules and they are enforced; logs each broken rule
    /// when they are skipped.
    private func check<Request: WiroRequest>(_ request: Request, _ validation: WiroValidation) throws {
        switch validation {
        case .enforce:
            try request.validate()
        case .skip:
            for violation in request.violations {
                logger.warning("wiro request sent although it breaks a rule of its document", metadata: [
                    "tool": "\(Request.tool.id)", "fields": "\(violation.fields.joined(separator: ", "))", "rule": "\(violation.message)",
                ])
            }
        }
    }
}
