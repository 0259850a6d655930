// swift-tools-version: 6.0
import PackageDescription

// A package that gets WiroGen's bindings at build time: the Wiro tool documents live in the
// DemoTools target, and the WiroGenPlugin build plugin turns each into Swift.
let package = Package(
    name: "PluginDemo",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    dependencies: [
        .package(name: "WiroGen", path: "../.."),
    ],
    targets: [
        .target(
            name: "DemoTools",
            dependencies: [.product(name: "WiroRuntime", package: "WiroGen")],
            plugins: [.plugin(name: "WiroGenPlugin", package: "WiroGen")]
        ),
        .executableTarget(
            name: "PluginDemo",
            dependencies: ["DemoTools", .product(name: "WiroRuntime", package: "WiroGen")]
        ),
        .testTarget(
            name: "DemoToolsTests",
            dependencies: ["DemoTools", .product(name: "WiroRuntime", package: "WiroGen")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
