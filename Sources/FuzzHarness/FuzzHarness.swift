import Foundation
import FuzzEntries

// Built two ways (scripts/fuzz/run.sh, README "Fuzzing"):
// - with `--sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DVPCSIM_FUZZ`, the
//   libFuzzer entry point of the target named by $VPCSIM_FUZZ_TARGET (libFuzzer has `main`);
// - normally, `vpcsim-fuzz TARGET FILE...` replays inputs through the same entry points
//   (`vpcsim-fuzz list` names the targets), so a crash file can be run without the sanitizers.

/// The repository folder: $VPCSIM_FUZZ_ROOT, else the current folder.
let fuzzRoot = ProcessInfo.processInfo.environment["VPCSIM_FUZZ_ROOT"] ?? FileManager.default.currentDirectoryPath

#if VPCSIM_FUZZ
let fuzzTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["VPCSIM_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTargets.named(name) else {
        fatalError("set VPCSIM_FUZZ_TARGET to one of \(FuzzTargets.all.map(\.name).joined(separator: ", ")) (got '\(name)')")
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if case .unlocated(let why) = fuzzTarget.run(bytes, root: fuzzRoot) {
        fatalError("\(fuzzTarget.name): \(why)")
    }
    return 0
}
#else
@main
struct FuzzReplay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, name != "list", let target = FuzzTargets.named(name) else {
            if arguments.first != "list" { FileHandle.standardError.write(Data("usage: vpcsim-fuzz list | TARGET FILE...\n".utf8)) }
            for target in FuzzTargets.all { print("\(target.name)\t\(target.input)") }
            exit(arguments.first == "list" ? 0 : 2)
        }
        var unlocated = false
        for file in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("\(file): cannot read\n".utf8))
                exit(2)
            }
            switch target.run([UInt8](data), root: fuzzRoot) {
            case .accepted: print("\(file): accepted")
            case .refused(let message): print("\(file): refused: \(message)")
            case .unlocated(let why): print("\(file): UNLOCATED: \(why)"); unlocated = true
            }
        }
        exit(unlocated ? 1 : 0)
    }
}
#endif
