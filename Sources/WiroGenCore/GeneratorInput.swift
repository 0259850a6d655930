import WiroGenText

/// What one run of the generator reads, all in memory: the tool documents, the configuration,
/// and how the output names the set.
public struct GeneratorInput: Sendable {
    /// The tool documents.
    public var documents: [InputFile]
    /// `wiro-gen.json`, when there is one.
    public var configuration: InputFile?
    /// Whether the documents are a whole folder's: only then does a tool that the
    /// configuration names and no document describes show as an error (`lint` of one document
    /// knows nothing of the others).
    public var isWholeSet: Bool
    /// Where the documents came from, as given (`Specs`): what an empty set is reported at.
    public var root: String
    /// How the headers of the shared files (namespaces, index) name the set (`Specs`).
    public var setName: String
    /// Problems met while loading the files (one that could not be read), reported with the
    /// run's own.
    public var loadingDiagnostics: [Diagnostic]

    /// An input; `setName` defaults to the last component of `root`.
    public init(
        documents: [InputFile], configuration: InputFile? = nil, isWholeSet: Bool = false, root: String = ".",
        setName: String? = nil, loadingDiagnostics: [Diagnostic] = []
    ) {
        self.documents = documents
        self.configuration = configuration
        self.isWholeSet = isWholeSet
        self.root = root
        self.setName = setName ?? String(root.split(separator: "/").last ?? Substring(root))
        self.loadingDiagnostics = loadingDiagnostics
    }
}
