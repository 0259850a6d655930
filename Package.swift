// swift-tools-version: 6.1
import PackageDescription

// Live task events on Linux go over SwiftNIO's WebSocket (FoundationNetworking's needs a libcurl
// built with WebSockets, which the distributions' is not), behind the NIOWebSocket trait, on by
// default. A package that turns it off (`traits: []`) builds WiroClient without SwiftNIO or its
// BoringSSL, and tasks are followed by polling; CI's sanitizer runs do (`--disable-default-traits`).
let nioDependencies: [Target.Dependency] = [
    .product(name: "NIOConcurrencyHelpers", package: "swift-nio", condition: .when(platforms: [.linux], traits: ["NIOWebSocket"])),
    .product(name: "NIOPosix", package: "swift-nio", condition: .when(platforms: [.linux], traits: ["NIOWebSocket"])),
    .product(name: "WebSocketKit", package: "websocket-kit", condition: .when(platforms: [.linux], traits: ["NIOWebSocket"])),
]

/// The generator's targets: strict imports (a member of a module is visible only where that module
/// is imported), so a stage that does not import the IR cannot read it.
let generatorSettings: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

func generatorTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .target(name: name, dependencies: dependencies, swiftSettings: generatorSettings)
}

let package = Package(
    name: "WiroGen",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .executable(name: "wiro-gen", targets: ["wiro-gen"]),
        .library(name: "WiroRuntime", targets: ["WiroRuntime"]),
        .library(name: "WiroTools", targets: ["WiroTools"]),
        .library(name: "WiroClient", targets: ["WiroClient"]),
        .library(name: "WiroTesting", targets: ["WiroTesting"]),
        .plugin(name: "WiroGenPlugin", targets: ["WiroGenPlugin"]),
        .plugin(name: "WiroGenCommand", targets: ["WiroGenCommand"]),
    ],
    traits: [
        .trait(name: "NIOWebSocket", description: "Live task events on Linux over SwiftNIO's WebSocket; without it, tasks are polled."),
        .default(enabledTraits: ["NIOWebSocket"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // `swift package generate-documentation`: the DocC catalogues of WiroRuntime, WiroClient
        // and the generator (WiroGenCore). A command plugin: nothing of it is built into a product.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // Linux only, with the NIOWebSocket trait (see above).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/vapor/websocket-kit", from: "2.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "WiroRuntime"),
        // Wiro's HTTP conventions, shared by the client and the generator's catalogue: the
        // answer envelope and errors, retries with backoff.
        .target(name: "WiroHTTP"),
        // The generator, one target per stage along its flow; each imports only earlier ones, so
        // the compiler keeps the flow one way (see README, Layout).
        generatorTarget("WiroGenText", ["WiroRuntime"]),
        generatorTarget("WiroGenModel", ["WiroGenText"]),
        generatorTarget("WiroGenMarkdown", ["CCmark", "WiroGenText"]),
        generatorTarget("WiroGenReader", ["WiroGenText", "WiroGenModel", "WiroGenMarkdown", "WiroRuntime"]),
        generatorTarget("WiroGenRules", ["WiroGenText", "WiroGenModel", "WiroRuntime"]),
        generatorTarget("WiroGenConfig", ["WiroGenText", "WiroGenModel"]),
        generatorTarget("WiroGenResolve", ["WiroGenText", "WiroGenModel", "WiroGenConfig", "WiroRuntime"]),
        generatorTarget("WiroGenEmit", ["WiroGenText", "WiroGenResolve", "WiroRuntime"]),
        generatorTarget("WiroGenCore", [
            "WiroGenText", "WiroGenModel", "WiroGenReader", "WiroGenRules", "WiroGenConfig", "WiroGenResolve", "WiroGenEmit",
        ]),
        generatorTarget("WiroGenDiff", ["WiroGenText", "WiroGenModel", "WiroGenResolve", "WiroGenCore"]),
        generatorTarget("WiroGenFiles", ["WiroGenText", "WiroGenCore"]),
        .target(
            name: "WiroClient",
            dependencies: [
                "WiroRuntime",
                "WiroHTTP",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ] + nioDependencies
        ),
        // Wiro in memory, for apps' tests: the client's HTTP and socket, Wiro's answers and
        // checks, the traffic recorded, a clock the test controls.
        .target(name: "WiroTesting", dependencies: ["WiroClient", "WiroRuntime"]),
        .target(
            name: "WiroTools",
            dependencies: ["WiroRuntime"],
            path: "Generated/WiroTools"
        ),
        generatorTarget("WiroCatalog", ["WiroGenText", "WiroGenModel", "WiroGenCore", "WiroGenDiff", "WiroGenFiles", "WiroHTTP"]),
        .executableTarget(
            name: "wiro-gen",
            dependencies: [
                "WiroGenText", "WiroGenModel", "WiroGenConfig", "WiroGenCore", "WiroGenDiff", "WiroGenFiles", "WiroCatalog", "WiroHTTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: generatorSettings
        ),
        .plugin(
            name: "WiroGenPlugin",
            capability: .buildTool(),
            dependencies: ["wiro-gen"]
        ),
        .plugin(
            name: "WiroGenCommand",
            capability: .command(
                intent: .custom(
                    verb: "generate-wiro-bindings",
                    description: "Regenerate checked-in Swift bindings from Wiro tool documents, or check that they are fresh."
                ),
                permissions: [
                    .writeToPackageDirectory(reason: "To write the generated Swift bindings into the package's Generated folder.")
                ]
            ),
            dependencies: ["wiro-gen"]
        ),
        .executableTarget(
            name: "wiro-gen-benchmark",
            dependencies: ["WiroGenMarkdown"],
            path: "Sources/wiro-gen-benchmark"
        ),
        .testTarget(
            name: "WiroGenCoreTests",
            dependencies: [
                "WiroGenText", "WiroGenModel", "WiroGenMarkdown", "WiroGenReader", "WiroGenRules", "WiroGenConfig", "WiroGenResolve",
                "WiroGenEmit", "WiroGenCore", "WiroGenDiff", "WiroGenFiles", "WiroRuntime",
            ],
            exclude: ["Golden"]
        ),
        .target(
            name: "TestSupport",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "WiroGenCLITests",
            dependencies: ["wiro-gen", "TestSupport"]
        ),
        .testTarget(
            name: "WiroClientTests",
            dependencies: ["WiroClient", "WiroHTTP", "WiroTools", "WiroRuntime", "WiroTesting", "TestSupport"]
        ),
        .testTarget(
            name: "WiroTestingTests",
            dependencies: ["WiroTesting", "WiroClient", "WiroTools", "WiroRuntime"]
        ),
        .testTarget(
            name: "WiroToolsTests",
            dependencies: ["WiroTools", "WiroRuntime", "WiroGenText", "WiroGenModel", "WiroGenCore", "WiroGenFiles"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
