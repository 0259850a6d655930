/// WiroGen's version, in one place: `wiro-gen --version`, the catalogue's and the client's
/// `User-Agent`, and the CHANGELOG's newest entry (a test holds them together).
package enum WiroGenVersion {
    /// The version, `major.minor.patch`.
    package static let current = "0.1.0"
}
