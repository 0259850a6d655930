import Foundation

/// A condition on one input of a request: the building block of ``WiroRule``, which a request
/// breaks when all of its conditions hold. Only generated code writes them.
@_spi(Generated) public struct WiroCondition<Request: Sendable>: Sendable {
    let holds: @Sendable (Request) -> Bool

    private init<Value>(_ path: KeyPath<Request, Value>, _ test: @escaping @Sendable (Value) -> Bool) {
        let path = SendablePath(path)
        holds = { test($0[keyPath: path.path]) }
    }

    /// The input holds `value`.
    public static func `is`<Value: Equatable & Sendable>(_ path: KeyPath<Request, Value>, _ value: Value) -> Self {
        Self(path) { $0 == value }
    }

    /// The input holds anything but `value`.
    public static func isNot<Value: Equatable & Sendable>(_ path: KeyPath<Request, Value>, _ value: Value) -> Self {
        Self(path) { $0 != value }
    }

    /// The input is given: not `nil`, not an empty text, file name or list.
    public static func given<Value>(_ path: KeyPath<Request, Value>) -> Self {
        Self(path) { !WiroEmptiness.isEmpty($0) }
    }

    /// The input is empty: `nil`, an empty text, file name or list.
    public static func empty<Value>(_ path: KeyPath<Request, Value>) -> Self {
        Self(path) { WiroEmptiness.isEmpty($0) }
    }

    /// The number is set and lies below `minimum` or above `maximum`, and is none of `except`.
    public static func outside<Value: WiroNumeric>(_ path: KeyPath<Request, Value>, minimum: Double?, maximum: Double?, except: [Double] = []) -> Self {
        Self(path) { value in
            guard let number = value.wiroNumber, !except.contains(number) else { return false }
            return number < (minimum ?? -.infinity) || number > (maximum ?? .infinity)
        }
    }

    /// The number is set and is not `multiple`·n + `offset` for a whole n ≥ 0, and is none of `except`.
    public static func notMultiple<Value: WiroNumeric>(_ path: KeyPath<Request, Value>, of multiple: Int, plus offset: Int = 0, except: [Double] = []) -> Self {
        Self(path) { value in
            guard let number = value.wiroNumber, !except.contains(number) else { return false }
            guard let whole = Int(exactly: number) else { return true }
            return whole < offset || (whole - offset) % multiple != 0
        }
    }

    /// The list holds fewer than `minimum` or more than `maximum` items.
    public static func countOutside<Value: Collection & Sendable>(_ path: KeyPath<Request, Value>, minimum: Int?, maximum: Int?) -> Self {
        Self(path) { $0.count < (minimum ?? 0) || $0.count > (maximum ?? .max) }
    }
}

/// What "empty" means for a required input: `nil`, or an empty text, file name or list. A
/// number, flag or option is never empty.
enum WiroEmptiness {
    static func isEmpty(_ value: Any) -> Bool {
        switch value {
        case let text as String: return text.isEmpty
        case let file as WiroFile: return file.wireText.isEmpty
        case let list as any Collection: return list.isEmpty
        default:
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional else { return false }
            guard let wrapped = mirror.children.first else { return true }
            return isEmpty(wrapped.value)
        }
    }
}
