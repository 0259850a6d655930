import WiroGenText

/// Where a run of the generator stops, and what it hands back: every command is one of these
/// stopping points of the one chain of stages (see ``Generator``).
public enum GeneratorGoal: Sendable {
    /// Stop after reading: every document's spec (`dump`, `diff`, `init`, the catalogue).
    case specs
    /// Stop after resolving: the decision on every rule-like sentence (`lint`).
    case decisions
    /// Every stage: the files of the whole module (`generate`, `check`).
    case module
    /// Stop after naming: the namespaces and the index of the set (the build plugin's
    /// `emit-shared`). Each document's own problems are left to its `toolFile` run; reported
    /// are the configuration's and what concerns several documents together.
    case sharedFiles
    /// One document's file, its tool named as `index` (written by a `sharedFiles` run over the
    /// whole set) says, or as if alone without one (the build plugin's `emit-tool`).
    case toolFile(index: InputFile?)
}
