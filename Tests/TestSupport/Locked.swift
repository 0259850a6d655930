import Foundation

/// A value behind a lock.
package final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    /// A lock around `value`.
    package init(_ value: Value) { self.value = value }
    /// Runs `body` with the value, holding the lock.
    package func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
