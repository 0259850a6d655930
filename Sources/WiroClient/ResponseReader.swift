import Foundation
import WiroHTTP

/// Reads Wiro's response envelopes: API errors first, then the typed payload.
enum ResponseReader {
    /// Throws the API's own error (`result: false` or a non-empty `errors`) or an HTTP error.
    static func checkErrors(_ response: WiroHTTPResponse) throws {
        let envelope = WiroEnvelope.read(response.body)
        if let envelope, let refusal = WiroAPIError(envelope, status: response.status) {
            throw WiroClientError.api(refusal)
        }
        guard (200..<300).contains(response.status) else {
            throw WiroClientError.http(status: response.status, body: String(decoding: response.body.prefix(1000), as: UTF8.self))
        }
        if envelope == nil {
            throw WiroClientError.decoding(field: "(body)", reason: "not a JSON object: \(String(decoding: response.body.prefix(200), as: UTF8.self))")
        }
    }

    /// Decodes a payload, turning a decoding failure into one that names the field.
    static func decode<T: Decodable>(_ type: T.Type, from response: WiroHTTPResponse) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: response.body)
        } catch let error as DecodingError {
            throw describe(error)
        }
    }

    private static func describe(_ error: DecodingError) -> WiroClientError {
        func path(_ context: DecodingError.Context, _ extra: CodingKey? = nil) -> String {
            let keys = context.codingPath + (extra.map { [$0] } ?? [])
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return text.isEmpty ? "(body)" : text.replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context): return .decoding(field: path(context, key), reason: "missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return .decoding(field: path(context), reason: context.debugDescription)
        @unknown default: return .decoding(field: "(body)", reason: "\(error)")
        }
    }
}

/// `{ "taskid": …, "socketaccesstoken": … }`, the Run response.
struct RunEnvelope: Decodable {
    let run: WiroRun
    private enum Keys: String, CodingKey { case taskid, socketaccesstoken }
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        guard let id = try c.lenientString(.taskid) else {
            throw DecodingError.keyNotFound(Keys.taskid, .init(codingPath: [], debugDescription: "missing"))
        }
        run = WiroRun(taskID: id, socketAccessToken: try c.lenientString(.socketaccesstoken) ?? "")
    }
}

/// `{ "tasklist": [ … ] }`, the Task/Detail response.
struct TaskListEnvelope: Decodable {
    let tasklist: [WiroTask]
}

/// `{ "result": true }`, the Task/Cancel and Task/Kill response (a refusal is thrown before).
struct ResultEnvelope: Decodable {
    let accepted: Bool
    private enum Keys: String, CodingKey { case result }
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        accepted = try c.lenientString(.result).map { $0 == "true" || $0 == "1" } ?? false
    }
}
