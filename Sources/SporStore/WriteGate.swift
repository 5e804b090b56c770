/// Lets one write transaction run at a time. SQLite has one writer; queuing here instead of in
/// SQLite's busy handler keeps a read-then-write transaction from failing on lock upgrade.
actor WriteGate {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if busy {
            await withCheckedContinuation { waiters.append($0) }
        } else {
            busy = true
        }
    }

    func release() {
        if waiters.isEmpty {
            busy = false
        } else {
            waiters.removeFirst().resume()
        }
    }
}
