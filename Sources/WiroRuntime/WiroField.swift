/// One input of a request type, as data: its wire name, its JSON kind, how a file input is
/// uploaded, and how the generic code in ``WiroRequest`` reads, writes, compares and hashes its
/// stored property.
///
/// Generated types list their inputs as fields (see ``WiroSchema``); the factories below are the
/// only per-type code a field needs, and they are generic, so nothing is compiled per tool. Only
/// generated code makes fields (`@_spi(Generated)`); everyone may read them.
public struct WiroField<Request: Sendable>: Sendable {
    /// The wire name: the key of the Run body.
    public let name: String
    /// The JSON kind the document's Run example uses for the key.
    public let kind: WiroWireKind
    /// How a file input travels in a multipart body; `nil` for every other input.
    public let upload: WiroUpload?
    let encode: @Sendable (Request, inout KeyedEncodingContainer<WiroCodingKey>) throws -> Void
    let decode: @Sendable (inout Request, KeyedDecodingContainer<WiroCodingKey>) throws -> Void
    let equal: @Sendable (Request, Request) -> Bool
    let hash: @Sendable (Request, inout Hasher) -> Void

    private init<Value: Hashable & Sendable>(
        _ name: String, _ path: WritableKeyPath<Request, Value>, _ kind: WiroWireKind, _ upload: WiroUpload?,
        encode: @escaping @Sendable (Value, inout KeyedEncodingContainer<WiroCodingKey>, WiroCodingKey) throws -> Void,
        decode: @escaping @Sendable (KeyedDecodingContainer<WiroCodingKey>, WiroCodingKey, Value) throws -> Value
    ) {
        let key = WiroCodingKey(name)
        let path = SendablePath(path)
        self.name = name
        self.kind = kind
        self.upload = upload
        self.encode = { request, container in try encode(request[keyPath: path.path], &container, key) }
        self.decode = { request, container in request[keyPath: path.path] = try decode(container, key, request[keyPath: path.path]) }
        self.equal = { $0[keyPath: path.path] == $1[keyPath: path.path] }
        self.hash = { $1.combine($0[keyPath: path.path]) }
    }

    /// An input that always holds a value; `upload` says how a file input travels in a
    /// multipart body (the same for the factories below).
    @_spi(Generated) public static func value<Value: WiroWireValue>(_ name: String, _ path: WritableKeyPath<Request, Value>, _ kind: WiroWireKind, upload: WiroUpload? = nil) -> Self {
        Self(name, path, kind, upload,
             encode: { try $1.encodeWire($0, forKey: $2, as: kind) },
             decode: { try $0.decodeWire(Value.self, forKey: $1, default: $2) })
    }

    /// An input that may be left out (`nil`); sent as `""` then.
    @_spi(Generated) public static func optional<Value: WiroWireValue>(_ name: String, _ path: WritableKeyPath<Request, Value?>, _ kind: WiroWireKind, upload: WiroUpload? = nil) -> Self {
        Self(name, path, kind, upload,
             encode: { try $1.encodeWire($0, forKey: $2, as: kind) },
             decode: { try $0.decodeWire(Value?.self, forKey: $1, default: $2) })
    }

    /// A list input.
    @_spi(Generated) public static func list<Value: WiroWireValue>(_ name: String, _ path: WritableKeyPath<Request, [Value]>, _ kind: WiroWireKind, upload: WiroUpload? = nil) -> Self {
        Self(name, path, kind, upload,
             encode: { try $1.encodeWire($0, forKey: $2, as: kind) },
             decode: { try $0.decodeWire([Value].self, forKey: $1, default: $2) })
    }

    /// A list input that may be left out (`nil`); sent as `""` then.
    @_spi(Generated) public static func optionalList<Value: WiroWireValue>(_ name: String, _ path: WritableKeyPath<Request, [Value]?>, _ kind: WiroWireKind, upload: WiroUpload? = nil) -> Self {
        Self(name, path, kind, upload,
             encode: { values, container, key in
                 if let values { try container.encodeWire(values, forKey: key, as: kind) } else { try container.encode("", forKey: key) }
             },
             decode: { container, key, fallback in
                 guard container.contains(key) else { return fallback }
                 let values = try container.decodeWire([Value].self, forKey: key, default: [])
                 return values.isEmpty ? nil : values
             })
    }
}

/// A key path held by `@Sendable` closures, read-only or writable. Generated key paths name
/// stored properties only (no captured values), which is what makes sharing them across threads
/// safe.
struct SendablePath<Path: AnyKeyPath>: @unchecked Sendable {
    let path: Path
    init(_ path: Path) { self.path = path }
}
