package harness

// Config is a daemon's configuration.
type Config struct {
	Root string
}

// Address returns where the daemon listens.
func (c Config) Address() string { return c.Root + "/daemon.sock" }
