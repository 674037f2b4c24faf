// swift-tools-version:6.0
// jobpipe builds with Swift 6.0 or later, on Linux only: it calls glibc
// (through Glibc) and Debian's C libraries; macOS is not supported.
import PackageDescription

// `make fuzz` sets JOBPIPE_FUZZ=1, which adds the fuzzing driver (Fuzz/,
// built with -sanitize=fuzzer,address); without it the package is as ever.
let fuzzing = Context.environment["JOBPIPE_FUZZ"] == "1"

let programs = ["fetch-page", "extract-emails", "score-contacts", "analyze-job", "store-contacts", "job-ledger", "find-postings"]

let package = Package(
    name: "jobpipe",
    products: programs.map { .executable(name: $0, targets: [$0]) },
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CPSL", pkgConfig: "libpsl",
                       providers: [.apt(["libpsl-dev", "publicsuffix"])]),
        .systemLibrary(name: "CIDN2", pkgConfig: "libidn2",
                       providers: [.apt(["libidn2-dev"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq",
                       providers: [.apt(["libpq-dev"])]),
        // glibc's DNS resolver (libresolv), for score-contacts --check-mx
        .systemLibrary(name: "CResolv", providers: [.apt(["libc6-dev"])]),
        // jobpipe's own C: SSE2 scanning kernels, each also built as plain C
        // (Sources/CJobPipe/block64.h), and glibc calls Swift's Glibc leaves out
        .target(name: "CJobPipe"),
        .target(name: "JobPipe", dependencies: [
            "CCurl", "CSQLite", "CPSL", "CIDN2", "CJobPipe", "CLibPQ", "CResolv",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
    ] + programs.map {
        .executableTarget(name: $0, dependencies: [
            "JobPipe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ])
    } + [
        .testTarget(name: "JobPipeTests", dependencies: ["JobPipe", "CJobPipe"]),
        .testTarget(name: "ProgramTests", exclude: ["Support/feedserver.py"]),
    ] + (fuzzing ? [
        .systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .executableTarget(name: "jobpipe-fuzz", dependencies: ["JobPipe", "CLibFuzzer"], path: "Fuzz/Driver"),
    ] : []),
    swiftLanguageModes: [.v5]
)
