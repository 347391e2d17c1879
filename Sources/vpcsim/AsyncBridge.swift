import Foundation

/// Runs async work to completion from a synchronous command (the root command is not
/// async). The calling thread waits; the work runs on Swift's concurrency pool.
enum AsyncBridge {
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<Void, any Error> = .success(())

        func set(_ value: Result<Void, any Error>) {
            lock.lock()
            result = value
            lock.unlock()
        }

        func get() -> Result<Void, any Error> {
            lock.lock()
            defer { lock.unlock() }
            return result
        }
    }

    static func run(_ work: @escaping @Sendable () async throws -> Void) throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                try await work()
            } catch {
                outcome.set(.failure(error))
            }
            done.signal()
        }
        done.wait()
        try outcome.get().get()
    }
}
