import Foundation
import WiroRuntime

/// A Run as the fake's server reads it: the body decoded into the tool's request type, the
/// files uploaded, and every problem Wiro would refuse it for, in Wiro's words.
struct FakeRunReading<Request: WiroRequest> {
    var request: Request?
    var uploads: [WiroFakeUpload] = []
    var callbackURL: URL?
    var problems: [String] = []
}

/// Reads a Run body as Wiro's server does: JSON, or multipart/form-data laid out as Wiro's
/// "File Upload Patterns" say, then checks the request against its tool's rules (the prose's
/// and the structured definition's) and required inputs.
struct FakeRunReader<Request: WiroRequest> {
    /// Where uploaded files are kept, so the decoded request holds them as local files.
    let uploadFolder: URL

    func read(contentType: String, body: Data) -> FakeRunReading<Request> {
        var reading = FakeRunReading<Request>()
        let object: [String: Any]
        if let boundary = MultipartReader.boundary(in: contentType) {
            guard let parts = MultipartReader.parts(of: body, boundary: boundary) else {
                reading.problems = ["Request body is not multipart/form-data"]
                return reading
            }
            object = formObject(parts, &reading)
        } else {
            guard let json = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else {
                reading.problems = ["Request body is not a JSON object"]
                return reading
            }
            object = json
        }
        if let callback = object["callbackUrl"] as? String { reading.callbackURL = URL(string: callback) }
        guard reading.problems.isEmpty else { return reading }
        do {
            let data = try JSONSerialization.data(withJSONObject: object.filter { $0.key != "callbackUrl" })
            let request = try JSONDecoder().decode(Request.self, from: data)
            reading.request = request
            reading.problems = request.violations.flatMap(wiroMessages)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.dataCorrupted(context) {
            let name = context.codingPath.first?.stringValue ?? "body"
            let isNumber = Request.schema.fields.first { $0.name == name }?.kind == .number
            reading.problems = [isNumber ? "Request parameter [\(name)] must be integer or float" : "Request parameter [\(name)] is not valid: \(context.debugDescription)"]
        } catch {
            reading.problems = ["Request body cannot be read: \(error)"]
        }
        return reading
    }

    /// A violation as Wiro's server words it: "Request parameter [steps] required", "…must be
    /// between 1 and 50", "Request files [inputImage] required"; a rule the server's messages
    /// have no words for names its inputs and says the rule.
    private func wiroMessages(_ violation: WiroViolation) -> [String] {
        let fields = Request.schema.fields
        guard let name = violation.fields.first else { return [violation.message] }
        if violation.fields.count == 1, violation.message.hasSuffix("\(name) is required") || violation.message.contains("\(name) is required when") {
            let isFile = fields.first { $0.name == name }?.upload != nil
            return [isFile ? "Request files [\(name)] required" : "Request parameter [\(name)] required"]
        }
        if violation.fields.count == 1, let bounds = Self.bounds(in: violation.message) {
            return ["Request parameter [\(name)] must be between \(bounds.minimum) and \(bounds.maximum)"]
        }
        return ["Request parameter [\(violation.fields.joined(separator: ", "))] \(violation.message)"]
    }

    /// The bounds of a generated range rule's message ("… must be at least 1 and at most 50").
    private static func bounds(in message: String) -> (minimum: String, maximum: String)? {
        guard let least = message.range(of: "must be at least "), let most = message.range(of: " and at most ", range: least.upperBound..<message.endIndex) else { return nil }
        let maximum = message[most.upperBound...].prefix { !$0.isWhitespace && $0 != "," && $0 != ";" }
        return (String(message[least.upperBound..<most.lowerBound]), String(maximum))
    }

    // MARK: - Multipart

    /// The form's values as the JSON object a request decodes from: each file input's files
    /// (uploads as local files here, URLs as written) from its `{id}` and `{id}Url` parts,
    /// every other input's text. Layouts Wiro's patterns do not allow are problems.
    private func formObject(_ parts: [FormPart], _ reading: inout FakeRunReading<Request>) -> [String: Any] {
        let fields = Request.schema.fields
        var object: [String: Any] = [:]
        var consumed = Set<String>()
        for field in fields {
            guard let upload = field.upload else { continue }
            let urlPart = upload.urlPart(of: field.name)
            consumed.insert(field.name)
            if let urlPart { consumed.insert(urlPart) }
            let files = fileValues(of: field.name, urlPart: urlPart, upload: upload, parts, &reading)
            // One value as a string (a single file, or a list of one), more as a list: every
            // file field decodes from either.
            if case .single = upload {
                object[field.name] = files.first ?? ""
            } else {
                object[field.name] = files.count > 1 ? files as Any : files.first ?? ""
            }
        }
        for part in parts where !consumed.contains(part.name) {
            // A file goes in a file input's parts only: every generated type marks its file
            // inputs' uploads (a hand-written one that does not is refused here).
            if part.filename != nil {
                reading.problems.append("Request parameter [\(part.name)] is not a file input; send its value as text")
                continue
            }
            guard object[part.name] == nil else { continue }
            object[part.name] = part.text
        }
        return object
    }

    /// A file input's values: the files uploaded in its `{id}` parts, the URLs of its `{id}`
    /// text parts and, comma-separated, of its `{id}Url` part.
    private func fileValues(of name: String, urlPart: String?, upload: WiroUpload, _ parts: [FormPart], _ reading: inout FakeRunReading<Request>) -> [String] {
        var values: [String] = []
        for part in parts where part.name == name {
            if let filename = part.filename {
                values.append(store(part, filename: filename, &reading))
            } else if !part.text.isEmpty {
                values += part.text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            }
        }
        if let urlPart {
            let urlParts = parts.filter { $0.name == urlPart }
            if urlParts.contains(where: { $0.filename != nil }) {
                reading.problems.append("Request parameter [\(urlPart)] takes URLs; upload files in [\(name)]")
            }
            let urls = urlParts.filter { $0.filename == nil }.flatMap { $0.text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
            if !urls.isEmpty, !values.isEmpty {
                reading.problems.append("Request files [\(name)] and [\(urlPart)] are both given; leave one empty")
            }
            // With a `{id}Url` input, Wiro's patterns send both parts, one of them empty; without
            // one, a URL may stand in `{id}` alone.
            let sentOne = parts.contains { $0.name == name } != !urlParts.isEmpty
            if upload != .single(urlField: nil), sentOne {
                reading.problems.append("Request files [\(name)] must be sent with [\(urlPart)], one of them empty")
            }
            values += urls
        }
        if case .single = upload, values.count > 1 {
            reading.problems.append("Request files [\(name)] takes one file")
        }
        return values
    }

    /// Keeps an uploaded file: recorded, and written where the decoded request finds it.
    private func store(_ part: FormPart, filename: String, _ reading: inout FakeRunReading<Request>) -> String {
        let folder = uploadFolder.appendingPathComponent(UUID().uuidString)
        let file = folder.appendingPathComponent(filename.isEmpty ? "upload" : (filename as NSString).lastPathComponent)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? part.content.write(to: file)
        reading.uploads.append(WiroFakeUpload(input: part.name, filename: filename, contentType: part.contentType, data: part.content, storedAt: file))
        return file.absoluteString
    }
}
