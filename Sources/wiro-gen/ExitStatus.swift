/// Thrown after the diagnostics of documents with errors have been printed.
struct DocumentsHaveErrors: Error {}

/// Thrown to end with a status of the command's own, after its output: `diff`'s 1 means
/// "they differ", as in diff(1), and its 2 "a side cannot be read".
struct ExitStatus: Error {
    var code: Int32
}
