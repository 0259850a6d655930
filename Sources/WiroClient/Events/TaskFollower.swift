import Foundation

/// Follows one task to its end: over Wiro's socket while it works, by polling Task/Detail when
/// the socket cannot connect or drops, so no task is lost. Statuses from either pass through
/// one ``EventSequencer``, so switching loses and repeats nothing.
struct TaskFollower {
    let client: WiroClient
    let run: WiroRun
    let source: WiroFollowOptions.Source
    /// When following gives up, on the client's clock.
    let end: Duration
    var sequencer: EventSequencer

    init(client: WiroClient, run: WiroRun, options: WiroFollowOptions, emit: @escaping (WiroTaskEvent) -> Void) {
        self.client = client
        self.run = run
        source = options.source
        end = client.clock.now + options.deadline
        sequencer = EventSequencer(emit: emit)
    }

    /// The socket to listen on: none when polling is asked for, when the client has none, when
    /// the run lacks a token (a Run answer without one cannot register), or when this build's
    /// default transport has no WebSocket (Linux without the NIOWebSocket trait).
    private var socketURL: URL? {
        guard source == .socket, let url = client.socketURL, !run.socketAccessToken.isEmpty else { return nil }
        if client.socketTransport is WiroDefaultSocketTransport, !WiroDefaultSocketTransport.isAvailable { return nil }
        return url
    }

    /// Reports every event up to ``WiroTaskEvent/completed(_:)`` and returns the final task.
    mutating func follow() async throws -> WiroTask {
        if let url = socketURL {
            do {
                try await followSocket(url)
            } catch let error as CancellationError {
                throw error
            } catch let error as WiroClientError {
                throw error
            } catch {
                client.logger.warning("wiro socket unusable; polling Task/Detail instead", metadata: [
                    "task": "\(run.taskID)", "socket": "\(url.absoluteString)", "reason": "\(error)",
                ])
            }
        }
        let task = try await client.poll(run, until: end) { sequencer.report($0.status) }
        sequencer.finish(task)
        return task
    }

    /// Listens on the socket until it reports a final status; throws when it cannot connect
    /// or ends before that.
    private mutating func followSocket(_ url: URL) async throws {
        let connection = try await client.socketTransport.connect(to: url)
        client.logger.debug("wiro socket open", metadata: ["task": "\(run.taskID)"])
        do {
            try await connection.send(SocketMessage.register(token: run.socketAccessToken))
            try await listen(to: connection)
        } catch {
            await connection.close()
            throw error
        }
        await connection.close()
    }

    private enum Input {
        case text(String)
        case closed((any Error)?)
        case tick
    }

    /// Reads the socket's messages. While it is silent for a whole polling interval,
    /// Task/Detail is asked once, so a final status the socket never sends still ends the wait.
    private mutating func listen(to connection: any WiroSocketConnection) async throws {
        let (inputs, feed) = AsyncStream<Input>.makeStream()
        let reader = Task {
            do {
                for try await text in connection.messages { feed.yield(.text(text)) }
                feed.yield(.closed(nil))
            } catch {
                feed.yield(.closed(error))
            }
        }
        let interval = client.polling.maximum
        let clock = client.clock
        let ticker = Task {
            while !Task.isCancelled {
                try? await clock.sleep(for: interval)
                feed.yield(.tick)
            }
        }
        defer {
            reader.cancel()
            ticker.cancel()
        }
        var heard = false
        for await input in inputs {
            switch input {
            case .text(let text):
                heard = true
                guard let message = SocketMessage(text: text), message.token == nil || message.token == run.socketAccessToken else { continue }
                sequencer.report(message)
                if sequencer.status?.isTerminal == true { return }
            case .closed(let error):
                throw WiroSocketError(error.map { "the socket dropped: \($0)" } ?? "the socket closed before the task ended")
            case .tick:
                try checkDeadline()
                if !heard, try await pollOnce() { return }
                heard = false
            }
        }
        throw CancellationError()  // the inputs end only when this Swift task is cancelled
    }

    /// Asks Task/Detail for the status; true when the task has ended. A failed call is
    /// logged, not thrown: the socket is still there to listen to.
    private mutating func pollOnce() async throws -> Bool {
        do {
            let task = try await client.task(for: run)
            sequencer.report(task.status)
            return task.status.isTerminal
        } catch let error as CancellationError {
            throw error
        } catch {
            client.logger.info("wiro Task/Detail failed while the socket was silent", metadata: ["task": "\(run.taskID)", "reason": "\(error)"])
            return false
        }
    }

    private func checkDeadline() throws {
        guard client.clock.now < end else {
            throw WiroClientError.deadlineExceeded(taskID: run.taskID, lastStatus: sequencer.status)
        }
    }
}
