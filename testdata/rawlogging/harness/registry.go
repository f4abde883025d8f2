package harness

// Worker starts a daemon for the tests.
type Worker interface {
	Name() string
}

var workers []Worker

// Register adds a worker.
func Register(w Worker) { workers = append(workers, w) }
